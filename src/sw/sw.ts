/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { SEARCH_CACHE, SEARCH_FOLDER } from '../shared/search.ts';
import { IMAGE_FOLDER } from '../shared/images.ts';
import { answerImage } from './image-cache.ts';
import { PRECACHE_PACK_FILE } from '../shared/precache-pack.ts';
import { CONTENT_INDEX_REQUEST, isIndexPath } from '../shared/data-urls.ts';
import { installPrecache } from './precache-install.ts';
import { keepOffline } from './keep-offline.ts';
import { stopBackgroundSaving } from './background-cache.ts';
import {
  STOP_BACKGROUND_SAVING,
  type KeepOfflineMessage,
  type KeepProgressMessage,
  type OfflineProgress,
} from '../shared/background-saving.ts';

declare const self: ServiceWorkerGlobalScope;

const BASE = import.meta.env.BASE_URL;

// The prerendered pages (all but the older posts', see pwa-options.ts), every chunk, the post index and every post body: after one visit the
// whole site reads offline, posts never opened included. The list is injected at build time.
// Workbox answers `/posts/x` with the precached `posts/x.html` and `/` with `index.html` itself.
// Its own install fetches one file at a time; ours takes most files from one download, the
// build's pack, and keeps a few requests in flight for the rest (see precache-install.ts).
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
// Pagefind asks for its entry file with `?ts=<build>`, to get past HTTP caches after a deploy.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] }));
// The search index's fragments, which the page saves after the posts into this same cache.
registerRoute(
  ({ url }) => url.pathname.startsWith(`${BASE}${SEARCH_FOLDER}/fragment/`),
  new CacheFirst({ cacheName: SEARCH_CACHE }),
);
// Post images: one width of each is saved ahead, the one a phone or a desktop picks; whatever
// else the browser asks for is kept once fetched, and offline another saved copy stands in.
registerRoute(({ url }) => url.pathname.startsWith(`${BASE}${IMAGE_FOLDER}/`), answerImage(precache));
cleanupOutdatedCaches();

// Any other navigation (a trailing slash, a query string, an older post whose page is not kept,
// a path the build has no page for) gets the page's own prerendered HTML when it is kept, else
// the network, else (offline) the Not found page, which the app's router turns into whatever the
// path is: a post from IndexedDB, say. Paths with a file extension (feeds, sitemap, files that do
// not exist) stay real requests, so they are never answered with the app.
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

function prerenderedPageFor(pathname: string): string {
  const path = pathname.replace(/\/+$/, '');
  return `${path}/` === BASE || path === '' ? `${BASE}index.html` : `${path}.html`;
}

// A new version waits until the reader chooses to reload, so an open page never changes
// under them; the page asks with this message.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === STOP_BACKGROUND_SAVING) stopBackgroundSaving();
  // After the posts, the page asks for the search index's fragments and the posts' images to be
  // kept offline too; the Offline & storage page asks how much of each part is saved.
  if (data?.type === 'KEEP_OFFLINE') {
    const message = data as KeepOfflineMessage;
    const report = (progress: OfflineProgress) =>
      tellPages({ type: 'KEEP_PROGRESS', part: message.part, ...progress } satisfies KeepProgressMessage);
    event.waitUntil(keepOffline(message, { precache, base: BASE, report }));
  }
  // A waiting version tells the page its content index, so the update can say what it brings.
  if (data?.type === CONTENT_INDEX_REQUEST) event.ports[0]?.postMessage({ indexUrl: contentIndexUrl() });
});

/** The manifest's URLs are relative to the worker, which sits at the base path. */
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
