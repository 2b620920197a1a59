/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

// The app shell, every chunk, the post index and every post body: after one visit the whole
// site reads offline, posts never opened included. The list is injected at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any in-app navigation (a deep link, a reload, with or without a trailing slash) gets the app
// shell, which routes on the client. Paths with a file extension (feeds, sitemap, files that
// do not exist) stay real requests, so they are never answered with the app.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(`${import.meta.env.BASE_URL}index.html`), {
    denylist: [/\/[^/?]+\.[^/?]+$/],
  }),
);

// A new version waits until the reader chooses to reload, so an open page never changes
// under them; the page asks with this message.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first visit is controlled at once, without a reload, so it can go offline right away.
clientsClaim();
