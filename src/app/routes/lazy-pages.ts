import { lazy } from 'solid-js';
import { lazyPageFor, type LazyPage } from '../../shared/lazy-pages.ts';

// Only the home page and Not found ship in the entry chunk; every other page loads when first
// visited (the service worker precaches all chunks, so this costs nothing offline).

const modules = {
  post: () => import('./PostPage.tsx'),
  tags: () => import('./TagsPage.tsx'),
  tag: () => import('./TagPage.tsx'),
  bookmarks: () => import('./BookmarksPage.tsx'),
  offline: () => import('./OfflinePage.tsx'),
} satisfies Record<LazyPage, () => Promise<unknown>>;

/** A post. */
export const PostPage = lazy(() => modules.post().then((m) => ({ default: m.PostPage })));
/** Every tag. */
export const TagsPage = lazy(() => modules.tags().then((m) => ({ default: m.TagsPage })));
/** One tag's posts. */
export const TagPage = lazy(() => modules.tag().then((m) => ({ default: m.TagPage })));
/** The reader's bookmarks. */
export const BookmarksPage = lazy(() => modules.bookmarks().then((m) => ({ default: m.BookmarksPage })));
/** What is kept for offline reading. */
export const OfflinePage = lazy(() => modules.offline().then((m) => ({ default: m.OfflinePage })));

const pages = { post: PostPage, tags: TagsPage, tag: TagPage, bookmarks: BookmarksPage, offline: OfflinePage };

/**
 * Loads the page module an app path needs and hands it to its lazy component, before the page is
 * rendered: the prerenderer renders synchronously, and a fresh render should not wait on the
 * network halfway through.
 */
export function preloadPageFor(path: string): Promise<unknown> {
  const page = lazyPageFor(path);
  return page ? pages[page].preload() : Promise.resolve();
}

/**
 * Loads (fetches and evaluates) the page module an app path needs without handing it to its lazy
 * component. Hydration then asks for it itself, and a module already loaded arrives a task later:
 * the page hydrates in a task of its own, after the shell, rather than in one long task with it.
 */
export function loadPageModuleFor(path: string): Promise<unknown> {
  const page = lazyPageFor(path);
  return page ? modules[page]() : Promise.resolve();
}

/** Every lazy page, for the prerenderer. */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all(Object.values(pages).map((page) => page.preload()));
}
