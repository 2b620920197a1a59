/// <reference lib="webworker" />
import { registerRoute } from 'workbox-routing';
import { canonicalPageAddress } from '../shared/page-address.ts';

declare const self: ServiceWorkerGlobalScope;

/** Sends a navigation to a page's file name (`/posts/x.html`) on to the page's own address, online or offline. */
export function registerPageFileRedirects(base: string): void {
  const canonicalUrl = (url: URL) => {
    const canonical = canonicalPageAddress(url.pathname, base);
    return canonical === undefined ? undefined : new URL(`${canonical}${url.search}`, self.location.origin).href;
  };
  registerRoute(
    ({ request, url }) => request.mode === 'navigate' && canonicalUrl(url) !== undefined,
    ({ url }) => Promise.resolve(Response.redirect(canonicalUrl(url) ?? self.location.origin, 301)),
  );
}

/**
 * Answers a navigation to a file (an address with an extension, which the app's routes never answer) from the
 * network; where the network fails or has no such file, with the site's Not found page (`notFound`), as hosts that
 * serve a 404.html do, so offline a mistyped or hostile address never gets the browser's error page.
 */
export function registerFileNavigationFallback(notFound: () => Promise<Response | undefined>): void {
  registerRoute(
    ({ request }) => request.mode === 'navigate',
    async ({ request }) => {
      const response = await fetch(request).catch(() => undefined);
      if (response && response.status !== 404) return response;
      const page = await notFound();
      if (!page) return response ?? Response.error();
      return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
    },
  );
}
