/** The pages the app loads in chunks of their own, when first shown (src/app/routes/lazy-pages.ts). */
export type LazyPage = 'post' | 'tags' | 'tag' | 'bookmarks' | 'offline';

/**
 * Each lazy page's module, from the project root. The build inlines the styles a page's chunk
 * brings into that page's prerendered HTML (src/build/prerender/page-styles.ts).
 */
export const LAZY_PAGE_MODULES: Readonly<Record<LazyPage, string>> = {
  post: 'src/app/routes/PostPage.tsx',
  tags: 'src/app/routes/TagsPage.tsx',
  tag: 'src/app/routes/TagPage.tsx',
  bookmarks: 'src/app/routes/BookmarksPage.tsx',
  offline: 'src/app/routes/OfflinePage.tsx',
};

/** Which lazy page an app path (without the base path) shows, if any: home and Not found are not lazy. */
export function lazyPageFor(path: string): LazyPage | undefined {
  const [, first = '', second] = path.split('/');
  if (first === 'posts' && second) return 'post';
  if (first === 'tags') return second ? 'tag' : 'tags';
  if (first === 'bookmarks' && !second) return 'bookmarks';
  if (first === 'offline' && !second) return 'offline';
  return undefined;
}
