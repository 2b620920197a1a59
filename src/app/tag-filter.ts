import { useLocation, useNavigate } from '@solidjs/router';
import { createMemo, type Accessor } from 'solid-js';
import { hydrationSettled } from './prerender/hydration.ts';

/** The selected tags of a list, kept in the URL as `?tags=a,b`. */
export interface TagFilter {
  selected: Accessor<string[]>;
  /** Adds the tag to the selection, or removes it if selected. */
  toggle(tag: string): void;
  clear(): void;
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

/** The search string for a selection: `?tags=a,b`, or empty for none. Commas stay readable. */
export function tagSearch(tags: readonly string[]): string {
  return tags.length === 0 ? '' : `?tags=${tags.map(encodeURIComponent).join(',')}`;
}

/** `?tags=` of `search` as a memo that changes only when the selection does. */
export function createTagParam(search: Accessor<string>): Accessor<string[]> {
  return createMemo(() => parseTagParam(search()), [], {
    equals: (a, b) => a.length === b.length && a.every((tag, i) => tag === b[i]),
  });
}

/**
 * The current page's tag filter, read from and written to the URL, so a filtered list can be
 * shared and Back and Forward step through the selections. Each change is a history entry.
 */
export function useTagFilter(): TagFilter {
  const location = useLocation();
  const navigate = useNavigate();
  // A prerendered page was rendered without a query string: it hydrates unfiltered, then filters.
  const selected = createTagParam(() => (hydrationSettled() ? location.search : ''));
  // A query-only target keeps the current path (and the site's base path); '' clears the query.
  const go = (tags: readonly string[]) => navigate(tagSearch(tags), { scroll: false });
  return {
    selected,
    toggle: (tag) => {
      const current = selected();
      go(current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]);
    },
    clear: () => go([]),
  };
}
