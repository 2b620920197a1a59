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

/** The in-app path of a post page, relative to the site's base path. */
export function postRoute(slug: string): string {
  return `posts/${encodeURIComponent(slug)}`;
}

/** The in-app path of a tag page, relative to the site's base path. */
export function tagRoute(tag: string): string {
  return `tags/${encodeURIComponent(tag)}`;
}
