import { useLocation, useMatch, useNavigate } from '@solidjs/router';
import { createMemo, type Accessor } from 'solid-js';
import { hydrationSettled } from '../prerender/hydration.ts';
import { createTagParam } from '../tag-filter.ts';

/** The search page's path, without the base path. */
export const SEARCH_PATH = '/search';

/** A search as the address carries it: `/search?q=kube&tags=a,b`, so it can be shared. */
export interface SearchAddress {
  /** The query on the search page; empty anywhere else. */
  query: Accessor<string>;
  tags: Accessor<string[]>;
  /** Shows the results for `query`: a new history entry from another page, the same one while typing. */
  setQuery(query: string): void;
  toggleTag(tag: string): void;
  clearTags(): void;
}

/** The address of a search: the query, then any tags (commas kept readable). */
export function searchHref(query: string, tags: readonly string[] = []): string {
  const params = [`q=${encodeURIComponent(query)}`];
  if (tags.length) params.push(`tags=${tags.map(encodeURIComponent).join(',')}`);
  return `${SEARCH_PATH}?${params.join('&')}`;
}

/** The current search, read from and written to the address. */
export function useSearchAddress(): SearchAddress {
  const location = useLocation();
  const navigate = useNavigate();
  const onSearchPage = useMatch(() => SEARCH_PATH);
  // A prerendered page was rendered without a query string: it hydrates empty, then searches.
  const params = createMemo(() => (hydrationSettled() && onSearchPage() ? location.search : ''));
  const query = createMemo(() => new URLSearchParams(params()).get('q') ?? '');
  const tags = createTagParam(params);
  return {
    query,
    tags,
    setQuery: (next) => navigate(searchHref(next, tags()), { replace: Boolean(onSearchPage()), scroll: false }),
    toggleTag: (tag) => {
      const current = tags();
      const next = current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag];
      navigate(searchHref(query(), next), { scroll: false });
    },
    clearTags: () => navigate(searchHref(query()), { scroll: false }),
  };
}
