import { useLocation, useNavigate } from '@solidjs/router';
import { createMemo, type Accessor } from 'solid-js';
import { hydrationSettled } from './prerender/hydration.ts';

/** The selected tags of a list, kept in the URL as `?tags=a,b`, and `&unread=1` for unread posts only. */
export interface TagFilter {
  selected: Accessor<string[]>;
  unread: Accessor<boolean>;
  /** Adds the tag to the selection, or removes it if selected. */
  toggle(tag: string): void;
  /** Clears the tags (the unread filter stays). */
  clear(): void;
  setUnread(unread: boolean): void;
}

/** Reads `?tags=a,b` (each name URL-encoded) into a list of distinct tag names. */
export function parseTagParam(search: string): string[] {
  const raw = new URLSearchParams(search).get('tags');
  if (!raw) return [];
  const tags = raw
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The search string for a selection: `?tags=a,b`, `&unread=1`, or empty for none. Commas stay readable. */
export function tagSearch(tags: readonly string[], unread = false): string {
  const params = tags.length === 0 ? [] : [`tags=${tags.map(encodeURIComponent).join(',')}`];
  if (unread) params.push('unread=1');
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

/** `?tags=` of `search` as a memo that changes only when the selection does. */
export function createTagParam(search: Accessor<string>): Accessor<string[]> {
  return createMemo(() => parseTagParam(search()), [], {
    equals: (a, b) => a.length === b.length && a.every((tag, i) => tag === b[i]),
  });
}

/** The page's tag filter, kept in the URL so a list can be shared; each change is a history entry. */
export function useTagFilter(): TagFilter {
  const location = useLocation();
  const navigate = useNavigate();
  // A prerendered page was rendered without a query string: it hydrates unfiltered, then filters.
  const search = () => (hydrationSettled() ? location.search : '');
  const selected = createTagParam(search);
  const unread = createMemo(() => new URLSearchParams(search()).get('unread') === '1');
  // A query-only target keeps the current path (and the site's base path); '' clears the query.
  const go = (tags: readonly string[], onlyUnread = unread()) =>
    navigate(tagSearch(tags, onlyUnread), { scroll: false });
  return {
    selected,
    unread,
    toggle: (tag) => {
      const current = selected();
      go(current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]);
    },
    clear: () => go([]),
    setUnread: (next) => go(selected(), next),
  };
}
