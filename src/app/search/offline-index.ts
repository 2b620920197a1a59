// The search index's post texts (Pagefind's fragments) kept for offline search. They are most
// of the index's bytes, so they are not in the precache: after the posts, the service worker
// saves them into a cache of their own (src/sw/search-cache.ts) and says how far it is.
import { createSignal } from 'solid-js';
import { keepOffline } from '../pwa/keep-offline.ts';
import { online } from '../pwa/online-status.ts';
import { KEEP_SEARCH_OFFLINE, type SearchIndexProgressMessage } from '../../shared/search.ts';

/** How far the search index's fragments are saved on this device. */
export type SearchIndexProgress = Omit<SearchIndexProgressMessage, 'type'>;

const [progress, setProgress] = createSignal<SearchIndexProgress>();

/** How far the search index is kept offline; undefined until the service worker has said. */
export const searchIndexProgress = progress;

/** What search covers offline while the index is not all saved: "3 of 5 posts"; undefined once it is. */
export function searchCoverage(): string | undefined {
  const current = progress();
  if (!current || current.saved >= current.total || online()) return undefined;
  return `${Math.floor((current.posts * current.saved) / current.total)} of ${current.posts} posts`;
}

/**
 * Asks the service worker, once it is active, to keep the index's fragments offline, and follows
 * its progress; with `countOnly`, only to say how many it holds.
 */
export function keepSearchIndexOffline(countOnly = false): Promise<void> {
  const request = { type: KEEP_SEARCH_OFFLINE, countOnly };
  return keepOffline<SearchIndexProgressMessage>(
    request,
    'SEARCH_INDEX_PROGRESS',
    ({ saved = 0, total = 0, posts = 0 }) => setProgress({ saved, total, posts }),
  );
}
