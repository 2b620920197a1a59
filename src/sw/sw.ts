/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { SEARCH_CACHE, SEARCH_FOLDER } from '../shared/search.ts';
import { IMAGE_FOLDER } from '../shared/images.ts';
import { answerImage } from './image-cache.ts';
import { PRECACHE_PACK_FILE } from '../shared/precache-pack.ts';
import { CONTENT_FILE_REQUEST, CONTENT_INDEX_REQUEST, isIndexPath } from '../shared/data-urls.ts';
import { installPrecache } from './precache-install.ts';
import { keepOffline } from './keep-offline.ts';
import { answerPrecachedJson, handOverToWaitingWorker } from './update-handover.ts';
import { registerFileNavigationFallback, registerPageFileRedirects } from './address-routes.ts';
import {
  STOP_BACKGROUND_SAVING,
  type KeepOfflineMessage,
  type KeepProgressMessage,
  type OfflineProgress,
} from '../shared/background-saving.ts';

declare const self: ServiceWorkerGlobalScope;

const BASE = import.meta.env.BASE_URL;

// The precache holds every chunk, post body and most pages (pwa-options.ts): one visit makes the site read offline.
// Our own install replaces Workbox's, which fetches one file at a time (precache-install.ts).
const precache = new PrecacheController();
const manifest = self.__WB_MANIFEST;
precache.addToCacheList(manifest);
self.addEventListener('install', (event) =>
  event.waitUntil(
    installPrecache(precache, event, {
      manifest,
      packUrl: new URL(PRECACHE_PACK_FILE, self.location.href).href,
    }),
  ),
);
self.addEventListener('activate', (event) => event.waitUntil(precache.activate(event)));
// Before the precache's route, which would answer `/posts/x.html` itself, at an address the app does not know.
registerPageFileRedirects(BASE);
// Workbox's route answers `/posts/x` with `posts/x.html` itself. Pagefind adds `?ts=<build>` to get past HTTP caches.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] }));
// The search index's fragments are saved into this same cache after the posts (keep-offline.ts).
registerRoute(
  ({ url }) => url.pathname.startsWith(`${BASE}${SEARCH_FOLDER}/fragment/`),
  new CacheFirst({ cacheName: SEARCH_CACHE }),
);
registerRoute(({ url }) => url.pathname.startsWith(`${BASE}${IMAGE_FOLDER}/`), answerImage(precache));
cleanupOutdatedCaches();

// Offline, a navigation with no kept page gets the Not found page, whose router shows the path (a post from IndexedDB).
// Paths with a file extension (feeds, sitemap, missing files) stay real requests, never answered with the app.
registerRoute(
  new NavigationRoute(
    async ({ url, request }) =>
      (await precache.matchPrecache(prerenderedPageFor(url.pathname))) ??
      (await fetch(request).catch(() => undefined)) ??
      (await precache.matchPrecache(`${BASE}404.html`)) ??
      Response.error(),
    { denylist: [/\/[^/?]+\.[^/?]+$/] },
  ),
);
registerFileNavigationFallback(() => precache.matchPrecache(`${BASE}404.html`));

function prerenderedPageFor(pathname: string): string {
  const path = pathname.replace(/\/+$/, '');
  return `${path}/` === BASE || path === '' ? `${BASE}index.html` : `${path}.html`;
}

// A new version waits until the reader chooses to reload, so an open page never changes under them.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === STOP_BACKGROUND_SAVING) handOverToWaitingWorker();
  if (data?.type === 'KEEP_OFFLINE') {
    const message = data as KeepOfflineMessage;
    const report = (progress: OfflineProgress) =>
      tellPages({ type: 'KEEP_PROGRESS', part: message.part, ...progress } satisfies KeepProgressMessage);
    event.waitUntil(keepOffline(message, { precache, base: BASE, report }));
  }
  // A waiting version tells the page its content index, so the update can say what it brings.
  if (data?.type === CONTENT_INDEX_REQUEST) event.ports[0]?.postMessage({ indexUrl: contentIndexUrl() });
  // And the index's files from its own cache: fetched by the page, they would go through the outgoing worker.
  if (data?.type === CONTENT_FILE_REQUEST) answerPrecachedJson(event, precache);
});

/** This version's content index, relative to the worker (which sits at the base path). */
function contentIndexUrl(): string | undefined {
  return manifest.map((entry) => (typeof entry === 'string' ? entry : entry.url)).find(isIndexPath);
}

function tellPages(message: object): void {
  void self.clients.matchAll({ type: 'window' }).then((clients) => {
    for (const client of clients) client.postMessage(message);
  });
}

// The first visit is controlled at once, without a reload, so it can go offline right away.
clientsClaim();
