import type { PrecacheController, PrecacheEntry } from 'workbox-precaching';
import { mapLimited } from '../shared/map-limited.ts';
import { isPacked } from '../shared/precache-pack.ts';
import { cacheFromPack, type WantedFile } from './precache-pack.ts';

/**
 * How many precache requests are in flight at once. Workbox's one at a time costs a round trip per file, and a handful
 * keeps clear of the page's requests and of what ran Chromium out of resources (Workbox issue #2528).
 */
export const PRECACHE_CONCURRENCY = 4;

/** What the install needs besides Workbox's controller. */
export interface InstallOptions {
  /** The precache list the controller was given (`self.__WB_MANIFEST`). */
  manifest: readonly (string | PrecacheEntry)[];
  /** The build's pack of the precache (src/build/pwa/precache-pack.ts), or none. */
  packUrl?: string;
  concurrency?: number;
}

type Controller = Pick<PrecacheController, 'getURLsToCacheKeys' | 'getIntegrityForCacheKey' | 'strategy'>;

/** Fills the precache like `PrecacheController.install` but faster: only what is missing, most of it from the pack. */
export async function installPrecache(
  controller: Controller,
  event: ExtendableEvent,
  { manifest, packUrl, concurrency = PRECACHE_CONCURRENCY }: InstallOptions,
): Promise<void> {
  const cache = await caches.open(controller.strategy.cacheName);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const entries = [...controller.getURLsToCacheKeys()];
  const missing = entries.filter(([, cacheKey]) => !cached.has(cacheKey));
  const fetchAll = (list: [string, string][]) => fetchEach(controller, event, list, concurrency);
  // The pack pays only when most of the list is missing: a first install, or a release that changed the code.
  if (!packUrl || missing.length <= entries.length / 2 || !('DecompressionStream' in globalThis))
    return fetchAll(missing);

  const listed = listedFiles(manifest);
  const packed = ([url]: [string, string]) => isPacked(listed.get(url)?.url ?? '');
  const inPack = missing.filter(packed);
  const [filled] = await Promise.all([
    // The pack only saves time; whatever it could not give is fetched file by file below.
    cacheFromPack(cache, packUrl, wantedFiles(controller, listed, inPack)).catch((error: unknown) => {
      console.warn('Precache pack not used:', error);
      return new Set<string>();
    }),
    fetchAll(missing.filter((entry) => !packed(entry))),
  ]);
  await fetchAll(inPack.filter(([, cacheKey]) => !filled.has(cacheKey)));
}

/** The precache list by absolute URL: each file's URL as listed (relative to the site root) and revision. */
function listedFiles(manifest: InstallOptions['manifest']): Map<string, { url: string; revision: string | null }> {
  return new Map(
    manifest.map((entry) => {
      const { url, revision = null } = typeof entry === 'string' ? { url: entry } : entry;
      return [new URL(url, location.href).href, { url, revision }];
    }),
  );
}

/** The files to take from the pack, by absolute URL; never one with an integrity hash to check. */
function wantedFiles(
  controller: Controller,
  listed: ReturnType<typeof listedFiles>,
  files: [string, string][],
): Map<string, WantedFile> {
  const wanted = new Map<string, WantedFile>();
  for (const [url, cacheKey] of files) {
    const revision = listed.get(url)?.revision;
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
  await mapLimited(entries, concurrency, async ([url, cacheKey]) => {
    const request = new Request(url, {
      integrity: controller.getIntegrityForCacheKey(cacheKey),
      // As Workbox does: a revisioned URL must bypass the HTTP cache, a hashed file name need not.
      cache: cacheKey === url ? 'default' : 'reload',
      credentials: 'same-origin',
    });
    await Promise.all(controller.strategy.handleAll({ params: { cacheKey }, request, event }));
  });
}
