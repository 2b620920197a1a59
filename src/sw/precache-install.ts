import type { PrecacheController, PrecacheEntry } from 'workbox-precaching';
import { cacheFromPack, type WantedFile } from './precache-pack.ts';

/**
 * How many precache requests are in flight at once. Workbox fetches one at a time (its issue
 * #2528: unbounded parallel fetches ran Chromium out of resources), which makes installing the
 * worker take a round trip per file: half a second for a small site, tens of seconds for a
 * large one. A handful at a time keeps clear of that limit and of the page's own requests.
 */
export const PRECACHE_CONCURRENCY = 4;

/** What the install needs besides Workbox's controller. */
export interface InstallOptions {
  /** The precache list the controller was given (`self.__WB_MANIFEST`). */
  manifest: readonly (string | PrecacheEntry)[];
  /** The build's pack of the precache (src/build/precache-pack.ts), or none. */
  packUrl?: string;
  concurrency?: number;
}

type Controller = Pick<PrecacheController, 'getURLsToCacheKeys' | 'getIntegrityForCacheKey' | 'strategy'>;

/**
 * Fills the precache for an install event like `PrecacheController.install`, but faster. When
 * most of the list is missing (a first install, or a release that changed the code), most files
 * come out of one download, the pack; the rest (post bodies, files the pack lacks or holds at
 * another revision) are fetched several at a time. Entries already cached under the same
 * revision are skipped, so an update downloads only what changed.
 */
export async function installPrecache(
  controller: Controller,
  event: ExtendableEvent,
  { manifest, packUrl, concurrency = PRECACHE_CONCURRENCY }: InstallOptions,
): Promise<void> {
  const cache = await caches.open(controller.strategy.cacheName);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const entries = [...controller.getURLsToCacheKeys()];
  const missing = entries.filter(([, cacheKey]) => !cached.has(cacheKey));

  let filled = new Set<string>();
  if (packUrl && missing.length > entries.length / 2 && 'DecompressionStream' in globalThis) {
    // The pack only saves time; whatever it could not give is fetched file by file below.
    filled = await cacheFromPack(cache, packUrl, wantedFiles(controller, manifest, missing)).catch((error: unknown) => {
      console.warn('Precache pack not used:', error);
      return new Set<string>();
    });
  }
  await fetchEach(
    controller,
    event,
    missing.filter(([, cacheKey]) => !filled.has(cacheKey)),
    concurrency,
  );
}

/** The missing files by absolute URL, with the revision each must have; never one with an integrity hash to check. */
function wantedFiles(
  controller: Controller,
  manifest: InstallOptions['manifest'],
  missing: [string, string][],
): Map<string, WantedFile> {
  const revisions = new Map(
    manifest.map((entry) =>
      typeof entry === 'string'
        ? [new URL(entry, location.href).href, null]
        : [new URL(entry.url, location.href).href, entry.revision ?? null],
    ),
  );
  const wanted = new Map<string, WantedFile>();
  for (const [url, cacheKey] of missing) {
    const revision = revisions.get(url);
    if (revision !== undefined && !controller.getIntegrityForCacheKey(cacheKey))
      wanted.set(url, { cacheKey, revision });
  }
  return wanted;
}

/** Caches each entry through Workbox's precache strategy, `concurrency` at a time. */
async function fetchEach(
  controller: Controller,
  event: ExtendableEvent,
  entries: [string, string][],
  concurrency: number,
): Promise<void> {
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
