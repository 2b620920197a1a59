import type { PrecacheController } from 'workbox-precaching';
import { keepInCache } from './background-cache.ts';

/**
 * Counts the precache's files that are in its cache and, with `fill`, fetches the missing ones
 * first (a browser may evict single entries; "Save everything now" puts them back).
 */
export async function keepSiteFiles(
  precache: Pick<PrecacheController, 'getURLsToCacheKeys' | 'strategy'>,
  fill: boolean,
  report: (saved: number, total: number) => void,
): Promise<void> {
  const keys = precache.getURLsToCacheKeys();
  await keepInCache(precache.strategy.cacheName, [...keys.keys()], {
    report,
    countOnly: !fill,
    cacheKey: (url) => keys.get(url) ?? url,
    // Past the browser's HTTP cache, which may hold what was evicted from ours.
    fetchOptions: { cache: 'reload' },
    // The precache is Workbox's: nothing in it is ours to delete.
    keep: () => true,
  });
}
