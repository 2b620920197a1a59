import type { PrecacheController } from 'workbox-precaching';
import { IMAGE_CACHE, parseImageName, type OfflineImageList } from '../shared/images.ts';
import { keepInCache, type KeepOptions } from './background-cache.ts';

/** What the image cache needs of the precache: its files, and a way to read one. */
export type Precache = Pick<PrecacheController, 'matchPrecache' | 'getCachedURLs'>;

/** What keepImages works with. */
export interface KeepImagesOptions {
  base: string;
  /** Whether the page's browser decodes AVIF; if not, the fallback copies are kept. */
  avif: boolean;
  precache: Precache;
  report: KeepOptions['report'];
  /** Only count what is saved. */
  countOnly?: boolean;
}

/** Saves each post image's offline copy the precache lacks, newest posts' first; forgets images no post shows. */
export async function keepImages(list: OfflineImageList, options: KeepImagesOptions): Promise<void> {
  const urlOf = (file: string) => new URL(`${options.base}${file}`, location.href).href;
  const urls = list.images.map((image) => urlOf(options.avif ? image.modern : image.fallback));
  const shown = new Set(list.images.map((image) => parseImageName(image.modern)?.hash));
  await keepInCache(IMAGE_CACHE, urls, {
    report: options.report,
    savedElsewhere: async (url) => (await options.precache.matchPrecache(url)) !== undefined,
    // Other widths the browser fetched while online stay as long as a post shows the image.
    keep: (url) => shown.has(parseImageName(new URL(url).pathname)?.hash),
    countOnly: options.countOnly ?? false,
  });
}

/** Answers a post image from the image cache, else the network (keeping it), else any saved copy of the same image. */
export function answerImage(precache: Precache) {
  return async ({ request, url }: { request: Request; url: URL }): Promise<Response> => {
    const cache = await caches.open(IMAGE_CACHE);
    const cached = await cache.match(request);
    if (cached) return cached;
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch {
      // Only one width of each image is saved ahead, maybe not the one the srcset picks: better than a broken picture.
      return (await anotherCopy(url, cache, precache)) ?? Response.error();
    }
  };
}

async function anotherCopy(url: URL, cache: Cache, precache: Precache): Promise<Response | undefined> {
  const wanted = parseImageName(url.pathname);
  if (!wanted) return undefined;
  // The same format first (the browser chose it, so it decodes it), then the nearest width, wider first.
  const requested = wanted.width ?? 0;
  const rankOf = (format: string, width = 0) =>
    (format === wanted.format ? 0 : 1_000_000) + (width >= requested ? width - requested : 100_000 + requested - width);
  const saved = [...(await cache.keys()).map((request) => request.url), ...precache.getCachedURLs()];
  const copies = saved.flatMap((candidate) => {
    const name = parseImageName(new URL(candidate).pathname);
    return name?.hash === wanted.hash ? [{ url: candidate, rank: rankOf(name.format, name.width) }] : [];
  });
  for (const copy of copies.sort((a, b) => a.rank - b.rank)) {
    const response = (await cache.match(copy.url)) ?? (await precache.matchPrecache(copy.url));
    if (response) return response;
  }
  return undefined;
}
