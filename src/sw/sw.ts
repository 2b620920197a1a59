/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PRECACHE_PACK_FILE } from '../shared/precache-pack.ts';
import { installPrecache } from './precache-install.ts';

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
registerRoute(new PrecacheRoute(precache));
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
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first visit is controlled at once, without a reload, so it can go offline right away.
clientsClaim();
