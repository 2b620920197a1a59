// The search index's client: Pagefind's own script, written by the build beside the site
// (src/build/content/search-index.ts) and loaded only when someone searches.
import { SEARCH_FOLDER } from '../../shared/search.ts';
import { siteUrl } from '../site-url.ts';

/** One post Pagefind found, with what it shows of it. */
export interface SearchHit {
  url: string;
  /** Pagefind's excerpt: the post's text escaped as HTML, with the matched words in `<mark>`. */
  excerpt: string;
  /** `draft` is there only for drafts, which only `npm run dev` and DRAFTS=1 builds index. */
  meta: { title?: string; date?: string; draft?: string };
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
  init(): Promise<void>;
  destroy(): Promise<void>;
}

let loading: { version: string; pagefind: Promise<Pagefind> } | undefined;

/**
 * Pagefind with the index of content `version`: loaded once, and again when the stored posts
 * come from a newer deploy than this page (another tab took the update), so search finds them.
 * The version tags the index's requests, so a new deploy's index is fetched fresh.
 */
export function loadPagefind(version: string): Promise<Pagefind> {
  if (loading?.version !== version) {
    const previous = loading?.pagefind;
    const pagefind = (async () => {
      await previous?.then((old) => old.destroy()).catch(() => undefined);
      const url = siteUrl(`${SEARCH_FOLDER}/pagefind.js`);
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ basePath: siteUrl(`${SEARCH_FOLDER}/`), metaCacheTag: version, excerptLength: 26 });
      return module;
    })();
    const current = { version, pagefind };
    loading = current;
    // A failed load (offline before the index was kept) is tried again on the next search.
    pagefind.catch(() => {
      if (loading === current) loading = undefined;
    });
  }
  return loading.pagefind;
}

/**
 * Loads Pagefind and its index's first files before the first letter is typed, so that letter's
 * results wait only for the search. A failure here is left for the search to report.
 */
export function warmPagefind(version: string): void {
  loadPagefind(version)
    .then((pagefind) => pagefind.init())
    .catch(() => undefined);
}
