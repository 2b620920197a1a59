import { mapLimited } from '../shared/map-limited.ts';
import { SEARCH_CACHE, SEARCH_FOLDER, type FragmentList, type SearchIndexProgressMessage } from '../shared/search.ts';

/**
 * Saves every fragment of the search index (the posts' text, for excerpts) that is not saved
 * yet, a few at a time, and forgets other builds'. `list` is this build's fragment list; each
 * step is reported through `report`. A fragment that cannot be fetched (offline, or gone after a
 * deploy) is left for the next time.
 */
export async function keepSearchIndex(
  list: FragmentList,
  base: string,
  report: (progress: Omit<SearchIndexProgressMessage, 'type'>) => void,
): Promise<void> {
  const cache = await caches.open(SEARCH_CACHE);
  const wanted = new Set(list.files.map((file) => new URL(`${base}${SEARCH_FOLDER}/${file}`, location.href).href));
  const kept = new Set((await cache.keys()).map((request) => request.url));
  let saved = [...wanted].filter((url) => kept.has(url)).length;
  report({ saved, total: wanted.size, posts: list.posts });
  await mapLimited(
    [...wanted].filter((url) => !kept.has(url)),
    4,
    async (url) => {
      const response = await fetch(url).catch(() => undefined);
      if (!response?.ok) return;
      await cache.put(url, response);
      saved += 1;
      report({ saved, total: wanted.size, posts: list.posts });
    },
  );
  for (const url of kept) if (!wanted.has(url)) await cache.delete(url);
}
