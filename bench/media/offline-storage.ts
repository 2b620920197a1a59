// What the posts' pictures add to a reader's device after one visit of the home page: the copies
// the service worker's precache installed and those it saved afterwards in the image cache.
import type { Browser } from 'playwright-core';
import { MILESTONE_PREFIX } from '../../src/shared/milestones.ts';
import { IMAGE_CACHE, IMAGE_FOLDER } from '../../src/shared/images.ts';
import { NAME_SHIM, storageEstimate } from '../scale/in-page.ts';

/** How many post images one cache holds, and their bytes (the bodies as stored). */
export interface CachedImages {
  images: number;
  bytes: number;
}

/** Post images kept for offline reading after one visit. */
export interface OfflineImageStorage {
  precache: CachedImages;
  /** The service worker's own image cache (IMAGE_CACHE), filled after the posts are saved. */
  background: CachedImages;
  /** All of Cache Storage for the origin, the site's own files included (navigator.storage.estimate). */
  cacheStorageBytes: number | null;
  /** ms from navigation start until the app marked every image saved. */
  savedMs: number;
}

/**
 * Visits `siteUrl` once in a fresh context, with its real service worker, waits for the app's
 * `images-saved` mark, then reads every cache from inside the page.
 */
export async function measureOfflineImageStorage(browser: Browser, siteUrl: string): Promise<OfflineImageStorage> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(NAME_SHIM);
    await page.goto(siteUrl);
    const mark = `${MILESTONE_PREFIX}images-saved`;
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
      timeout: 60_000,
    });
    const savedMs = await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime, mark);
    const caches = await page.evaluate(cachedImages, `/${IMAGE_FOLDER}/`);
    const sum = (names: string[]) =>
      names.reduce(
        (total, name) => ({ images: total.images + caches[name]!.images, bytes: total.bytes + caches[name]!.bytes }),
        {
          images: 0,
          bytes: 0,
        },
      );
    const names = Object.keys(caches);
    return {
      precache: sum(names.filter((name) => name.includes('precache'))),
      background: sum(names.filter((name) => name === IMAGE_CACHE)),
      cacheStorageBytes: (await page.evaluate(storageEstimate)).caches,
      savedMs,
    };
  } finally {
    await context.close();
  }
}

// Runs in the page: each cache's entries under the images folder, by cache name. bench/ has no
// DOM types, so it reaches Cache Storage through a loose handle.
async function cachedImages(folder: string): Promise<Record<string, CachedImages>> {
  type Body = { blob(): Promise<{ size: number }> };
  type Cache = { keys(): Promise<{ url: string }[]>; match(request: { url: string }): Promise<Body | undefined> };
  const storage = (
    globalThis as unknown as { caches: { keys(): Promise<string[]>; open(name: string): Promise<Cache> } }
  ).caches;
  const found: Record<string, CachedImages> = {};
  for (const name of await storage.keys()) {
    const cache = await storage.open(name);
    const held: CachedImages = { images: 0, bytes: 0 };
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.includes(folder)) continue;
      const response = await cache.match(request);
      held.images += 1;
      held.bytes += response ? (await response.blob()).size : 0;
    }
    found[name] = held;
  }
  return found;
}
