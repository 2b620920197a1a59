import type { PrecacheController } from 'workbox-precaching';
import type { KeepOfflineMessage, OfflineProgress } from '../shared/background-saving.ts';
import { OFFLINE_IMAGE_LIST, type OfflineImageList } from '../shared/images.ts';
import { SEARCH_CACHE, SEARCH_FOLDER, SEARCH_FRAGMENT_LIST, type FragmentList } from '../shared/search.ts';
import { keepInCache } from './background-cache.ts';
import { keepImages } from './image-cache.ts';

type Precache = Pick<PrecacheController, 'getURLsToCacheKeys' | 'strategy' | 'matchPrecache' | 'getCachedURLs'>;

/** Saves what one part lacks (`countOnly`: only counts it), reporting after each file; `base` is the base path. */
export async function keepOffline(
  { part, countOnly, avif = false }: KeepOfflineMessage,
  { precache, base, report }: { precache: Precache; base: string; report: (progress: OfflineProgress) => void },
): Promise<void> {
  const saveReport = (saved: number, total: number) => report({ saved, total });
  if (part === 'site-files') {
    // A browser may evict single entries of the precache; "Save everything now" puts them back.
    const keys = precache.getURLsToCacheKeys();
    await keepInCache(precache.strategy.cacheName, [...keys.keys()], {
      report: saveReport,
      countOnly,
      cacheKey: (url) => keys.get(url) ?? url,
      // Past the browser's HTTP cache, which may hold what was evicted from ours.
      fetchOptions: { cache: 'reload' },
      // The precache is Workbox's: nothing in it is ours to delete.
      keep: () => true,
    });
  } else if (part === 'search-index') {
    const list = await listed<FragmentList>(precache, `${base}${SEARCH_FRAGMENT_LIST}`);
    if (!list) return;
    const urls = list.files.map((file) => new URL(`${base}${SEARCH_FOLDER}/${file}`, location.href).href);
    await keepInCache(SEARCH_CACHE, urls, {
      report: (saved, total) => report({ saved, total, posts: list.posts }),
      countOnly,
    });
  } else {
    const list = await listed<OfflineImageList>(precache, `${base}${OFFLINE_IMAGE_LIST}`);
    if (list) await keepImages(list, { base, avif, precache, report: saveReport, countOnly });
  }
}

/** A list the build wrote into the precache. */
async function listed<T>(precache: Precache, url: string): Promise<T | undefined> {
  const response = await precache.matchPrecache(url);
  return response ? ((await response.json()) as T) : undefined;
}
