// What the search page reads: Pagefind's results for the query and the selected tags.
import { createResource, createSignal, type Accessor } from 'solid-js';
import { createIndexVersion } from '../../search/index-version.ts';
import { latestOnly, SUPERSEDED } from '../../search/latest-only.ts';
import { loadPagefind, loadTagCounts, type SearchHit } from '../../search/pagefind.ts';

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

/** The search for `query` (as searchableQuery gives it), narrowed to posts carrying every tag in `tags`; undefined for an empty query. */
export function createSearch(
  query: Accessor<string>,
  tags: Accessor<string[]>,
  shown: Accessor<number>,
): Accessor<SearchOutcome | undefined> {
  const version = createIndexVersion();
  const tagCounts = createTagCounts();
  const searchLatest = latestOnly(search);
  const [outcome] = createResource(
    () =>
      query()
        ? {
            query: query(),
            tags: tags(),
            shown: shown(),
            version: version(),
            counted: tags().length > 0 || tagCounts.ready(version()),
          }
        : false,
    async (
      { query: text, tags: selected, shown: count, version: index, counted },
      { value: previous }: { value?: SearchOutcome | typeof SUPERSEDED },
    ): Promise<SearchOutcome | typeof SUPERSEDED> => {
      const found = await searchLatest(text, selected, count, index, counted).catch(
        (error: unknown): SearchOutcome => ({
          query: text,
          total: 0,
          hits: [],
          tagCounts: {},
          tagTotals: {},
          missing: 0,
          failure: error instanceof Error ? error.message : String(error),
        }),
      );
      if (found === SUPERSEDED) return found;
      if (!counted && !found.failure) tagCounts.load(index);
      return keepShownHits(found, previous);
    },
  );
  // The last answer stays on screen while the next one is worked out; a replaced one never shows.
  return () => {
    const latest = outcome.latest;
    return query() && latest !== SUPERSEDED ? latest : undefined;
  };
}

/**
 * Hits already shown for the same query keep their objects, so the list keeps their elements and
 * the result with focus keeps it when the tag counts arrive or more results are shown.
 */
function keepShownHits(next: SearchOutcome, previous: SearchOutcome | typeof SUPERSEDED | undefined): SearchOutcome {
  if (!previous || previous === SUPERSEDED || previous.query !== next.query) return next;
  const shown = new Map(previous.hits.map((hit) => [hit.url, hit]));
  return { ...next, hits: next.hits.map((hit) => shown.get(hit.url) ?? hit) };
}

/**
 * Whether Pagefind can count the results' tags for an index version yet. What it counts from is
 * loaded after a query's first results, so they wait only for the search; selected tags need it at once.
 */
function createTagCounts() {
  const [ready, setReady] = createSignal<string>();
  let loading: string | undefined;
  return {
    ready: (version: string) => ready() === version,
    load(version: string) {
      if (loading === version) return;
      loading = version;
      loadTagCounts(version).then(
        () => setReady(version),
        () => (loading = undefined),
      );
    },
  };
}

async function search(
  text: string,
  selected: string[],
  count: number,
  version: string,
  counted: boolean,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind(version);
  // With the tag filter, even empty, Pagefind counts each tag's results (and loads that index first).
  const response = await pagefind.search(text, counted ? { filters: { tag: selected } } : {});
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
