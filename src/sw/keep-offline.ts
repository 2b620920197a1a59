import type { PrecacheController } from 'workbox-precaching';
import type { KeepOfflineMessage, OfflinePart, OfflineProgress } from '../shared/background-saving.ts';
import { OFFLINE_IMAGE_LIST, type OfflineImageList } from '../shared/images.ts';
import { SEARCH_CACHE, SEARCH_FOLDER, SEARCH_FRAGMENT_LIST, type FragmentList } from '../shared/search.ts';
import { keepInCache, type PassEnd } from './background-cache.ts';
import { keepImages } from './image-cache.ts';

type Precache = Pick<PrecacheController, 'getURLsToCacheKeys' | 'strategy' | 'matchPrecache' | 'getCachedURLs'>;

/** What keepOffline works with: the precache, the base path, and where each report goes. */
export interface KeepOfflineContext {
  precache: Precache;
  base: string;
  report: (progress: OfflineProgress) => void;
}

const saving = new Map<OfflinePart, Promise<void>>();

/**
 * Saves what one part lacks (`countOnly`: only counts it), reporting after each file and when done. A save of a part
 * already under way is not started again: every page hears its reports, and a second would fetch the same files.
 */
export function keepOffline(message: KeepOfflineMessage, context: KeepOfflineContext): Promise<void> {
  if (message.countOnly) return keepPart(message, context);
  const current = saving.get(message.part);
  if (current) return current;
  const pass = keepPart(message, context).finally(() => saving.delete(message.part));
  saving.set(message.part, pass);
  return pass;
}

async function keepPart(
  { part, countOnly, avif = false }: KeepOfflineMessage,
  { precache, base, report }: KeepOfflineContext,
): Promise<void> {
  const saveReport = (saved: number, total: number, end?: PassEnd) => report(progressOf(saved, total, end));
  if (part === 'site-files') {
    // A browser may evict some or all of the precache: each page asks for it back (src/app/pwa/site-files-check.ts).
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
      report: (saved, total, end) => report({ ...progressOf(saved, total, end), posts: list.posts }),
      countOnly,
    });
  } else {
    const list = await listed<OfflineImageList>(precache, `${base}${OFFLINE_IMAGE_LIST}`);
    if (list) await keepImages(list, { base, avif, precache, report: saveReport, countOnly });
  }
}

function progressOf(saved: number, total: number, end: PassEnd | undefined): OfflineProgress {
  return { saved, total, settled: end !== undefined, interrupted: end?.interrupted ?? false };
}

/** A list the build wrote into the precache; from the network when the precache lost it, until it is saved again. */
async function listed<T>(precache: Precache, url: string): Promise<T | undefined> {
  const response =
    (await precache.matchPrecache(url)) ?? (await fetch(url, { cache: 'no-cache' }).catch(() => undefined));
  return response?.ok ? ((await response.json()) as T) : undefined;
}
