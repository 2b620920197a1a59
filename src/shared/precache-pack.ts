import { IMAGE_FOLDER } from './images.ts';

/**
 * The precache pack next to sw.js: the files isPacked takes, gzipped as one download for a first install. Its layout
 * before gzip (src/build/pwa/precache-pack.ts writes it, src/sw/precache-pack.ts reads it):
 *
 *   u32 big-endian N · N bytes of UTF-8 JSON [[url, revision | null, content type, length], …]
 *   · the files' bytes, one after another in that order
 */
export const PRECACHE_PACK_FILE = 'precache-pack.bin';

/** Whether a precached file (by its URL relative to the site root) goes in the pack. */
export function isPacked(url: string): boolean {
  // Post bodies are most of the precache's bytes, fetched while the rest unpacks. Post images stay out too: gzip
  // cannot shrink them, and they would hold up the app's own files in the one download.
  return !url.startsWith('data/bundles/') && !url.startsWith(`${IMAGE_FOLDER}/`);
}
