// The search index's client: Pagefind's own script, written by the build beside the site
// (src/build/search-index.ts) and loaded only when someone searches.
import { SEARCH_FOLDER } from '../../shared/search.ts';
import { siteUrl } from '../site-url.ts';

/** One post Pagefind found, with what it shows of it. */
export interface SearchHit {
  url: string;
  /** Pagefind's excerpt: the post's text escaped as HTML, with the matched words in `<mark>`. */
  excerpt: string;
  meta: { title?: string; date?: string };
  filters: { tag?: string[] };
}

/** What one query found: the hits are loaded one by one, and only when shown. */
export interface SearchResponse {
  results: { id: string; score: number; data(): Promise<SearchHit> }[];
  /** How many of the results carry each tag. */
  filters: { tag?: Record<string, number> };
  /** The same, for the query without its filters. */
  totalFilters: { tag?: Record<string, number> };
  unfilteredResultCount: number;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<SearchResponse>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded once. `version` (the build's index file name) tags its entry request, so
 * a new deploy's index is fetched fresh and the service worker can answer offline.
 */
export function loadPagefind(version: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = siteUrl(`${SEARCH_FOLDER}/pagefind.js`);
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ basePath: siteUrl(`${SEARCH_FOLDER}/`), metaCacheTag: version, excerptLength: 26 });
    return pagefind;
  })();
  // A failed load (offline before the index was kept) is tried again on the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
