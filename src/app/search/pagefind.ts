// The search index's client: Pagefind's own script, written by the build beside the site
// (src/build/content/search-index.ts) and loaded only when someone searches.
import { SEARCH_CHUNK_RANGES, SEARCH_FOLDER, type IndexChunkRanges } from '../../shared/search.ts';
import { siteUrl } from '../site-url.ts';
import { chunksReaching, prefixWords } from './chunk-ranges.ts';

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

/** Pagefind's script, `pagefind.js`, as the app uses it. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<SearchResponse>;
  preload(query: string): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
}

/** Pagefind, loaded with the index of one deploy. */
export interface SearchIndex {
  /** Pagefind's search, once every index chunk the query's words reach is loaded. */
  search(query: string, filters: Record<string, string[]>): Promise<SearchResponse>;
  /** Loads the index's first files, before the first search. */
  init(): Promise<void>;
  destroy(): Promise<void>;
}

let loading: { version: string; index: Promise<SearchIndex> } | undefined;

/** Pagefind with content `version`'s index, loaded again for a newer deploy; the version keeps its requests fresh. */
export function loadPagefind(version: string): Promise<SearchIndex> {
  if (loading?.version !== version) {
    const previous = loading?.index;
    const index = (async () => {
      await previous?.then((old) => old.destroy()).catch(() => undefined);
      const url = siteUrl(`${SEARCH_FOLDER}/pagefind.js`);
      const [pagefind, ranges] = await Promise.all([
        import(/* @vite-ignore */ url) as Promise<Pagefind>,
        fetchChunkRanges(version),
      ]);
      await pagefind.options({ basePath: siteUrl(`${SEARCH_FOLDER}/`), metaCacheTag: version, excerptLength: 26 });
      return createSearchIndex(pagefind, ranges);
    })();
    const current = { version, index };
    loading = current;
    // A failed load (offline before the index was kept) is tried again on the next search.
    index.catch(() => {
      if (loading === current) loading = undefined;
    });
  }
  return loading.index;
}

/** Pagefind with the index chunks every search needs loaded first (see chunk-ranges.ts). */
export function createSearchIndex(pagefind: Pagefind, ranges: IndexChunkRanges): SearchIndex {
  const loaded = new Set<number>();
  // A chunk's last word sorts into no other chunk, so preloading it loads that chunk.
  const loadChunk = async (chunk: number) => {
    await pagefind.preload(ranges[chunk]![1]);
    loaded.add(chunk);
  };
  return {
    async search(query, filters) {
      const missing = new Set(prefixWords(query).flatMap((word) => chunksReaching(ranges, word)));
      // A chunk that cannot be loaded (offline before the index was kept) only narrows the results.
      await Promise.allSettled([...missing].filter((chunk) => !loaded.has(chunk)).map(loadChunk));
      return pagefind.search(query, { filters });
    },
    init: () => pagefind.init(),
    destroy: () => pagefind.destroy(),
  };
}

/** The index's chunk ranges; none if they cannot be had, and search gets Pagefind's own chunks alone. */
async function fetchChunkRanges(version: string): Promise<IndexChunkRanges> {
  try {
    // `ts` as Pagefind tags its own requests: past HTTP caches after a deploy, and the service worker ignores it.
    const response = await fetch(`${siteUrl(SEARCH_CHUNK_RANGES)}?ts=${encodeURIComponent(version)}`);
    return response.ok ? ((await response.json()) as IndexChunkRanges) : [];
  } catch {
    return [];
  }
}

/** Loads Pagefind and its index's first files before the first letter is typed; the search reports any failure. */
export function warmPagefind(version: string): void {
  loadPagefind(version)
    .then((index) => index.init())
    .catch(() => undefined);
}
