/**
 * The precache pack: every precached file but the post bodies, in one gzipped file next to sw.js,
 * so a first install downloads one file instead of fifty. src/build/precache-pack.ts writes it and
 * src/sw/precache-pack.ts reads it. Its layout, before gzip:
 *
 *   u32 big-endian N · N bytes of UTF-8 JSON [[url, revision | null, content type, length], …]
 *   · the files' bytes, one after another in that order
 */
export const PRECACHE_PACK_FILE = 'precache-pack.bin';
