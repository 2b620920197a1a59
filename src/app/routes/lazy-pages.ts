import { lazy } from 'solid-js';

// Only the home page and Not found ship in the entry chunk; every other page loads when first
// visited (the service worker precaches all chunks, so this costs nothing offline).

/** A post. */
export const PostPage = lazy(() => import('./PostPage.tsx').then((m) => ({ default: m.PostPage })));
/** Every tag. */
export const TagsPage = lazy(() => import('./TagsPage.tsx').then((m) => ({ default: m.TagsPage })));
/** One tag's posts. */
export const TagPage = lazy(() => import('./TagPage.tsx').then((m) => ({ default: m.TagPage })));
/** The reader's bookmarks. */
export const BookmarksPage = lazy(() => import('./BookmarksPage.tsx').then((m) => ({ default: m.BookmarksPage })));
/** What is kept for offline reading. */
export const OfflinePage = lazy(() => import('./OfflinePage.tsx').then((m) => ({ default: m.OfflinePage })));

/**
 * Loads the page module an app path needs, before it is rendered or hydrated: the prerenderer
 * renders synchronously, and hydration should not wait on the network halfway through.
 */
export function preloadPageFor(path: string): Promise<unknown> {
  const [, first = '', second] = path.split('/');
  if (first === 'posts' && second) return PostPage.preload();
  if (first === 'tags') return second ? TagPage.preload() : TagsPage.preload();
  if (first === 'bookmarks' && !second) return BookmarksPage.preload();
  if (first === 'offline' && !second) return OfflinePage.preload();
  return Promise.resolve();
}

/** Every lazy page, for the prerenderer. */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all([PostPage, TagsPage, TagPage, BookmarksPage, OfflinePage].map((page) => page.preload()));
}
