/** The pages the app loads in chunks of their own, when first shown (src/app/routes/lazy-pages.ts). */
export const LAZY_PAGES = ['post', 'tags', 'tag', 'bookmarks', 'offline', 'search'] as const;

/** One of LAZY_PAGES. */
export type LazyPage = (typeof LAZY_PAGES)[number];

/** Which lazy page an app path (without the base path) shows, if any: home and Not found are not lazy. */
export function lazyPageFor(path: string): LazyPage | undefined {
  const [, first = '', second] = path.split('/');
  if (first === 'posts' && second) return 'post';
  if (first === 'tags') return second ? 'tag' : 'tags';
  if (first === 'bookmarks' && !second) return 'bookmarks';
  if (first === 'offline' && !second) return 'offline';
  if (first === 'search' && !second) return 'search';
  return undefined;
}
