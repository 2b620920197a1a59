import type { PrecacheController } from 'workbox-precaching';

/**
 * How many precache requests are in flight at once. Workbox fetches one at a time (its issue
 * #2528: unbounded parallel fetches ran Chromium out of resources), which makes installing the
 * worker take a round trip per file: half a second for a small site, tens of seconds for a
 * large one. A handful at a time keeps clear of that limit and of the page's own requests.
 */
export const PRECACHE_CONCURRENCY = 4;

/**
 * Fills the precache for an install event like `PrecacheController.install`, but with several
 * requests in flight. Entries already cached under the same revision are skipped by Workbox's
 * own precache strategy, so an update downloads only what changed.
 */
export async function installPrecache(
  controller: Pick<PrecacheController, 'getURLsToCacheKeys' | 'getIntegrityForCacheKey' | 'strategy'>,
  event: ExtendableEvent,
  concurrency: number = PRECACHE_CONCURRENCY,
): Promise<void> {
  const entries = [...controller.getURLsToCacheKeys()];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [url, cacheKey] = entries[next++]!;
      const request = new Request(url, {
        integrity: controller.getIntegrityForCacheKey(cacheKey),
        // As Workbox does: a revisioned URL must bypass the HTTP cache, a hashed file name need not.
        cache: cacheKey === url ? 'default' : 'reload',
        credentials: 'same-origin',
      });
      await Promise.all(controller.strategy.handleAll({ params: { cacheKey }, request, event }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
}
