import { lazy, type Component } from 'solid-js';
import { lazyPageFor, type LazyPage } from '../../shared/lazy-pages.ts';

// Only the home page and Not found ship in the entry chunk; every other page loads when first
// visited (the service worker precaches all chunks, so this costs nothing offline).

const modules = {
  post: () => import('./post/PostPage.tsx').then((module) => module.PostPage),
  tags: () => import('./tags/TagsPage.tsx').then((module) => module.TagsPage),
  tag: () => import('./tag/TagPage.tsx').then((module) => module.TagPage),
  bookmarks: () => import('./bookmarks/BookmarksPage.tsx').then((module) => module.BookmarksPage),
  offline: () => import('./offline/OfflinePage.tsx').then((module) => module.OfflinePage),
  search: () => import('./search/SearchPage.tsx').then((module) => module.SearchPage),
} satisfies Record<LazyPage, () => Promise<Component>>;

/** Each lazy page's component, which loads its module when first rendered. */
export const lazyPages = Object.fromEntries(
  Object.entries(modules).map(([page, load]) => [page, lazy(async () => ({ default: await load() }))]),
) as Record<LazyPage, ReturnType<typeof lazy<Component>>>;

/** Loads a path's page into its lazy component first so a render (synchronous when prerendering) never waits midway. */
export function preloadPageFor(path: string): Promise<unknown> {
  const page = lazyPageFor(path);
  return page ? lazyPages[page].preload() : Promise.resolve();
}

/** Loads a path's page module but not into its component, so the page hydrates in a task of its own after the shell. */
export function loadPageModuleFor(path: string): Promise<unknown> {
  const page = lazyPageFor(path);
  return page ? modules[page]() : Promise.resolve();
}

/** Every lazy page, for the prerenderer. */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all(Object.values(lazyPages).map((page) => page.preload()));
}
