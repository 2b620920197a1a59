import path from 'node:path';

/** Browsers must revalidate before every use, so a new deploy is seen at once. */
export const REVALIDATE = 'no-cache';
/** Content-addressed files never change under the same name, so they may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The Cache-Control header for a file, given its path relative to the site root (`/`-separated).
 * The service worker, pages and the manifest always revalidate, or clients would be stuck on an
 * old release; `assets/` (Vite's hashed output) and any file named with a content hash are immutable.
 */
export function cacheControlFor(relativePath: string): string {
  const name = path.posix.basename(relativePath);
  if (name === 'sw.js' || name.endsWith('.html') || name === 'manifest.webmanifest') return REVALIDATE;
  if (relativePath.split('/')[0] === 'assets' || hasContentHash(name)) return IMMUTABLE;
  return REVALIDATE;
}

/**
 * True when a file name carries a content hash as a `.`- or `-`-separated part between the name and
 * the extension: `index.3f9a1c2b4e.json`, `app-BxY12_ab.js`, `workbox-5ffe50d4.js`.
 * Deliberately strict, because a false positive pins a changing file (say `posts/kubecon-2017-thoughts.json`)
 * in caches for a year, while a false negative only costs a revalidation.
 */
export function hasContentHash(fileName: string): boolean {
  const parts = fileName.split(/([.-])/);
  // parts alternates name, separator, name, ...: skip the first (the base name) and the last (the extension).
  for (let i = 2; i < parts.length - 2; i += 2) {
    const token = parts[i] ?? '';
    if (looksLikeHash(token, parts[i - 1] === '.')) return true;
  }
  return false;
}

function looksLikeHash(token: string, afterDot: boolean): boolean {
  if (!/^[A-Za-z0-9_]{8,}$/.test(token)) return false;
  if (/^[0-9a-f]+$/.test(token)) {
    // `.20171220.` between dots is a hash-shaped name; `-20171220` is far more likely a date in a slug.
    return afterDot || (/[0-9]/.test(token) && /[a-f]/.test(token));
  }
  // base64url-style hashes (Vite/Rolldown): mixed case plus digits, which slugs almost never are.
  return /[A-Z]/.test(token) && /[a-z]/.test(token) && /[0-9]/.test(token);
}
