import path from 'node:path';

/** What a request URL asks for, once the base path is taken off. */
export type RequestPath =
  /**
   * A path inside the site: `relative` has no leading slash and no `..`; `''` is the site root.
   * `pathname` and `search` are the request's own (still encoded), for redirects.
   */
  | { kind: 'inside'; relative: string; trailingSlash: boolean; pathname: string; search: string }
  /** The base path without its trailing slash (`/notes`): send the client to `/notes/`. */
  | { kind: 'base-without-slash'; location: string }
  /** Outside the base path, or escaping the root through an encoded `..`: never served. */
  | { kind: 'outside' }
  /** Not decodable (broken percent-encoding, NUL bytes), or read by browsers as another host's (`//evil.example`). */
  | { kind: 'malformed' };

/** Turns a raw request target (`/notes/tags/?x=1`) into a path relative to the site root mounted at `basePath`. */
export function parseRequestPath(rawUrl: string, basePath: string): RequestPath {
  let url: URL;
  try {
    // The URL parser resolves literal and %2e-encoded dot segments exactly as a browser would. Joined, not resolved:
    // a request for `//evil.example` is a path, which resolving would read as another host's address.
    url = new URL(rawUrl.startsWith('/') ? `http://static.invalid${rawUrl}` : rawUrl);
  } catch {
    return { kind: 'malformed' };
  }
  const pathname = url.pathname;
  // A browser reads a path that starts with two slashes (`//evil.example`) as another host's: no file of ours.
  if (pathname.startsWith('//')) return { kind: 'malformed' };
  if (`${pathname}/` === basePath) return { kind: 'base-without-slash', location: `${basePath}${url.search}` };
  if (!pathname.startsWith(basePath)) return { kind: 'outside' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return { kind: 'malformed' };
  }
  if (decoded.includes('\0')) return { kind: 'malformed' };
  // Only an encoded slash (`..%2f`) can still produce a `..` segment here; that is an escape attempt.
  const segments = decoded.split('/');
  if (segments.includes('..')) return { kind: 'outside' };
  return {
    kind: 'inside',
    relative: segments.filter((segment) => segment !== '' && segment !== '.').join('/'),
    trailingSlash: decoded === '' || decoded.endsWith('/'),
    pathname,
    search: url.search,
  };
}

/** True when the last path segment has a file extension (`app.js`), as opposed to an app route (`posts/x`). */
export function hasFileExtension(relative: string): boolean {
  // Alphanumeric only, so a slug like `v1.2-beta` still counts as a route.
  return /^\.[A-Za-z0-9]+$/.test(path.posix.extname(path.posix.basename(relative)));
}
