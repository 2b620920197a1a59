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

/** Deletes the search texts and images saved in the background, which come back next time online; posts stay. */
export async function freeUpSpace(): Promise<void> {
  await Promise.all([caches.delete(SEARCH_CACHE), caches.delete(IMAGE_CACHE)]);
  await Promise.all([keepOffline('search-index', { countOnly: true }), keepImagesOffline(true)]);
}
