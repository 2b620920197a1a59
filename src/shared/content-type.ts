// What the static server sends and the precache pack records for each built file.
const UTF8 = '; charset=utf-8';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.html': `text/html${UTF8}`,
  '.js': `text/javascript${UTF8}`,
  '.mjs': `text/javascript${UTF8}`,
  '.css': `text/css${UTF8}`,
  '.json': `application/json${UTF8}`,
  '.map': `application/json${UTF8}`,
  '.webmanifest': `application/manifest+json${UTF8}`,
  '.xml': `application/xml${UTF8}`,
  '.txt': `text/plain${UTF8}`,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

// Feeds share the .xml extension with the sitemap; feed readers and browsers key off the type.
const BY_NAME: Readonly<Record<string, string>> = {
  'feed.xml': `application/rss+xml${UTF8}`,
  'rss.xml': `application/rss+xml${UTF8}`,
  'atom.xml': `application/atom+xml${UTF8}`,
};

/** The Content-Type header for a file (a path with `/`), from its name; unknown types are sent as bytes. */
export function contentTypeFor(filePath: string): string {
  const name = filePath.slice(filePath.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  return BY_NAME[name] ?? BY_EXTENSION[extension] ?? 'application/octet-stream';
}
