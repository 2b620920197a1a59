// The Offline & storage page's two actions; neither ever touches the reader's own data.
import { IMAGE_CACHE } from '../../shared/images.ts';
import { SEARCH_CACHE } from '../../shared/search.ts';
import { syncAgain } from '../data/runtime.ts';
import { keepOffline } from './keep-offline.ts';
import { keepImagesOffline } from './offline-images.ts';

/** Saves everything the site can keep offline that is not saved yet: posts, site files, search, images. */
export async function saveEverything({ posts }: { posts: boolean }): Promise<void> {
  await Promise.all([posts ? syncAgain() : undefined, keepOffline('site-files')]);
  await Promise.all([keepOffline('search-index'), keepImagesOffline()]);
}

/**
 * Deletes the search texts and images saved in the background, which come back next time online; posts stay. Resolves
 * with the bytes deleted, counted from the responses themselves: the browser's storage estimate lags behind a delete.
 */
export async function freeUpSpace(): Promise<number> {
  const freed = await Promise.all([SEARCH_CACHE, IMAGE_CACHE].map(deleteCache));
  await Promise.all([keepOffline('search-index', { countOnly: true }), keepImagesOffline(true)]);
  return freed.reduce((sum, bytes) => sum + bytes, 0);
}

/** Deletes one cache, resolving with the sum of its responses' body sizes. */
async function deleteCache(name: string): Promise<number> {
  if (!(await caches.has(name))) return 0;
  const responses = await (await caches.open(name)).matchAll();
  // A blob of a cached body is a handle to it: its size is known without reading the bytes into the page.
  const sizes = await Promise.all(responses.map(async (response) => (await response.blob()).size));
  await caches.delete(name);
  return sizes.reduce((sum, size) => sum + size, 0);
}
