/** A page to prerender: the app path it shows and the file a static host serves for it. */
export interface PageRoute {
  /** App path, without the base path: `/`, `/posts/x`. */
  path: string;
  /** Output file, relative to the site root: `index.html`, `posts/x.html`. */
  file: string;
}

/** The Not found page: also what a static host (and the service worker) answers unknown paths with. */
export const NOT_FOUND_FILE = '404.html';

/** Every page, as `<path>.html`, which GitHub Pages, Netlify and Cloudflare Pages serve at `<path>` (no slash). */
export function pageRoutes(posts: readonly { slug: string; tags: readonly string[] }[]): PageRoute[] {
  const tags = [...new Set(posts.flatMap((post) => post.tags))].sort();
  return [
    { path: '/', file: 'index.html' },
    ...posts.map((post) => page(`/posts/${encodeURIComponent(post.slug)}`)),
    page('/tags'),
    ...tags.map((tag) => page(`/tags/${encodeURIComponent(tag)}`)),
    page('/bookmarks'),
    page('/offline'),
    page('/search'),
    // Rendered at a path no route claims, so the app's own Not found page is what it holds.
    { path: '/404', file: NOT_FOUND_FILE },
  ];
}

function page(path: string): PageRoute {
  // Slugs and tags are kebab-case: their encoded form is a safe file name as well.
  return { path, file: `${decodeURIComponent(path.slice(1))}.html` };
}
