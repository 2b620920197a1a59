import { SEARCH_CACHE, SEARCH_FOLDER, type FragmentList, type SearchIndexProgressMessage } from '../shared/search.ts';
import { keepInCache } from './background-cache.ts';

/**
 * Saves every fragment of the search index (the posts' text, for excerpts) that is not saved
 * yet, and forgets other builds'. `list` is this build's fragment list; each step is reported
 * through `report`. With `countOnly`, it only reports how many are saved.
 */
export async function keepSearchIndex(
  list: FragmentList,
  base: string,
  report: (progress: Omit<SearchIndexProgressMessage, 'type'>) => void,
  { countOnly = false }: { countOnly?: boolean } = {},
): Promise<void> {
  const urls = list.files.map((file) => new URL(`${base}${SEARCH_FOLDER}/${file}`, location.href).href);
  await keepInCache(SEARCH_CACHE, urls, {
    report: (saved, total) => report({ saved, total, posts: list.posts }),
    countOnly,
  });
}
