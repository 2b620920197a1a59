// What the search page reads: Pagefind's results for the query and the selected tags.
import { createResource, type Accessor } from 'solid-js';
import { createIndexVersion } from '../../search/index-version.ts';
import { latestOnly, SUPERSEDED } from '../../search/latest-only.ts';
import { loadPagefind, type SearchHit } from '../../search/pagefind.ts';

/** How many results the page shows at first; "Show more" adds as many again. */
export const RESULTS_PER_PAGE = 10;

/** One query's answer, as the page shows it. */
export interface SearchOutcome {
  query: string;
  total: number;
  hits: SearchHit[];
  /** How many of the results carry each tag, and how many of the query's results without the tag filter. */
  tagCounts: Record<string, number>;
  tagTotals: Record<string, number>;
  /** The hits that could not be loaded (offline before the index was kept). */
  missing: number;
  /** Why the search could not run at all (offline before the index was kept, most often). */
  failure?: string;
}

/** The search for `query` (from searchableQuery) narrowed to posts with every tag in `tags`; undefined for no query. */
export function createSearch(
  query: Accessor<string>,
  tags: Accessor<string[]>,
  shown: Accessor<number>,
): Accessor<SearchOutcome | undefined> {
  const version = createIndexVersion();
  const searchLatest = latestOnly(search);
  const [outcome] = createResource(
    () => (query() ? { query: query(), tags: tags(), shown: shown(), version: version() } : false),
    ({ query: text, tags: selected, shown: count, version: index }) =>
      searchLatest(text, selected, count, index).catch((error: unknown): SearchOutcome => ({
        query: text,
        total: 0,
        hits: [],
        tagCounts: {},
        tagTotals: {},
        missing: 0,
        failure: error instanceof Error ? error.message : String(error),
      })),
  );
  // The last answer stays on screen while the next one is worked out; a replaced one never shows.
  return () => {
    const latest = outcome.latest;
    return query() && latest !== SUPERSEDED ? latest : undefined;
  };
}

async function search(text: string, selected: string[], count: number, version: string): Promise<SearchOutcome> {
  const index = await loadPagefind(version);
  // Always with the tag filter, even empty: Pagefind counts each tag's results only then.
  const response = await index.search(text, { tag: selected });
  const loaded = await Promise.allSettled(response.results.slice(0, count).map((result) => result.data()));
  const hits = loaded.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  return {
    query: text,
    total: response.results.length,
    hits,
    tagCounts: response.filters.tag ?? {},
    tagTotals: response.totalFilters.tag ?? {},
    missing: loaded.length - hits.length,
  };
}
