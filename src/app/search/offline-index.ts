// The search index's post texts (Pagefind's fragments), kept for offline search. Most of the index's bytes, so not
// precached: the service worker saves them after the posts (src/sw/keep-offline.ts) and says how far it is.
import { offlineProgress } from '../pwa/keep-offline.ts';
import { online } from '../pwa/online-status.ts';

/** What search covers offline while the index is not all saved: "3 of 5 posts"; undefined once it is. */
export function searchCoverage(): string | undefined {
  const current = offlineProgress('search-index');
  if (!current || current.saved >= current.total || online()) return undefined;
  const posts = current.posts ?? 0;
  return `${Math.floor((posts * current.saved) / current.total)} of ${posts} posts`;
}
