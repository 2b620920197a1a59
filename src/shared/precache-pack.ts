import { IMAGE_FOLDER } from './images.ts';

/**
 * The precache pack: every precached file but the post bodies, in one gzipped file next to sw.js,
 * so a first install downloads one file instead of fifty. src/build/pwa/precache-pack.ts writes it and
 * src/sw/precache-pack.ts reads it. Its layout, before gzip:
 *
 *   u32 big-endian N · N bytes of UTF-8 JSON [[url, revision | null, content type, length], …]
 *   · the files' bytes, one after another in that order
 */
export const PRECACHE_PACK_FILE = 'precache-pack.bin';

/**
 * Whether a precached file (by its URL relative to the site root) goes in the pack. Post bodies
 * stay separate files: they are most of the precache's bytes (a hundred megabytes at 10,000
 * posts), and the worker fetches them while it unpacks the rest. So do post images, which gzip
 * cannot shrink and which would hold up the app's own files in the one download.
 */
export function isPacked(url: string): boolean {
  return !url.startsWith('data/bundles/') && !url.startsWith(`${IMAGE_FOLDER}/`);
}
