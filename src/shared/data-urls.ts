/** Where the body of a post is emitted, relative to the site's base path. */
export function postBodyPath(slug: string, hash: string): string {
  return `data/posts/${slug}.${hash}.json`;
}

/** Where the post index is emitted, relative to the site's base path. */
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
