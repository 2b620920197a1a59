/** Where a bundle of post bodies is emitted, relative to the site's base path. */
export function bundlePath(hash: string): string {
  return `data/bundles/${hash}.json`;
}

/** Where a shard of post summaries is emitted, relative to the site's base path. */
export function shardPath(hash: string): string {
  return `data/shards/${hash}.json`;
}

/** Where the index manifest is emitted, relative to the site's base path. */
export function indexPath(version: string): string {
  return `data/index.${version}.json`;
}

/** Whether a path (relative to the base path) is an index manifest: how a worker finds its own. */
export function isIndexPath(path: string): boolean {
  return /^data\/index\.[^/]+\.json$/.test(path);
}

/** The message that asks a service worker which content index it carries; it answers `{ indexUrl }`. */
export const CONTENT_INDEX_REQUEST = 'CONTENT_INDEX';

/** The page's request that a waiting worker send one JSON file of its precache (`path`, relative to the worker). */
export const CONTENT_FILE_REQUEST = 'CONTENT_FILE';

/** The in-app path of a post page, relative to the site's base path. */
export function postRoute(slug: string): string {
  return `posts/${encodeURIComponent(slug)}`;
}

/** The in-app path of a tag page, relative to the site's base path. */
export function tagRoute(tag: string): string {
  return `tags/${encodeURIComponent(tag)}`;
}
