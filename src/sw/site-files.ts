import type { PrecacheController } from 'workbox-precaching';
import { mapLimited } from '../shared/map-limited.ts';

/**
 * Counts the precache's files that are in its cache and, with `fill`, fetches the missing ones
 * first (a browser may evict single entries; "Save everything now" puts them back).
 */
export async function keepSiteFiles(
  precache: Pick<PrecacheController, 'getURLsToCacheKeys' | 'strategy'>,
  fill: boolean,
  report: (saved: number, total: number) => void,
): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  const entries = [...precache.getURLsToCacheKeys()];
  const missing: [url: string, key: string][] = [];
  for (const [url, key] of entries) if (!(await cache.match(key))) missing.push([url, key]);
  let saved = entries.length - missing.length;
  report(saved, entries.length);
  if (!fill) return;
  await mapLimited(missing, 4, async ([url, key]) => {
    const response = await fetch(url, { cache: 'reload' }).catch(() => undefined);
    if (!response?.ok) return;
    await cache.put(key, response);
    saved += 1;
    report(saved, entries.length);
  });
}
