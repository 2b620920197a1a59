// A browser that will not keep the site offline still reads every post, says what it cannot do,
// and throws nothing: each refusal a host or a browser can make of the service worker.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { BROWSER_LOGS, openPage, type ErrorExpectations } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, waitUntilReadyOffline } from './support/site-data.ts';

const REFUSED = /This site can't be saved for offline reading in this browser: .+ Every post still reads online\./;
/** What Chromium logs itself when a worker script answers with an error status. */
const BAD_SCRIPT = [/status of (404|500)/, /bad HTTP response code \((404|500)\)/];

interface Refusal {
  name: string;
  contextOptions?: BrowserContextOptions;
  prepare?: (page: Page) => Promise<unknown>;
  expected?: ErrorExpectations;
}

const REFUSALS: Refusal[] = [
  {
    name: 'the host has no sw.js (404)',
    prepare: (page) => page.context().route(/\/sw\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' })),
    expected: { consoleErrors: BAD_SCRIPT },
  },
  {
    name: 'the server fails on sw.js (500)',
    prepare: (page) =>
      page.context().route(/\/sw\.js$/, (route) => route.fulfill({ status: 500, body: 'Server error' })),
    expected: { consoleErrors: BAD_SCRIPT },
  },
  {
    name: 'the browser refuses the registration',
    prepare: (page) =>
      page.addInitScript(() => {
        navigator.serviceWorker.register = () =>
          Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
      }),
  },
  { name: 'service workers are blocked', contextOptions: { serviceWorkers: 'block' } },
  {
    name: 'the browser has no service workers',
    prepare: (page) =>
      page.addInitScript(() => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      }),
  },
];

describe('a service worker that cannot be registered', () => {
  const site = useServedSite();
  const index = readBuiltIndex(inject('distDir'));

  for (const refusal of REFUSALS) {
    it(`reads every post and says so when ${refusal.name}`, async (test) => {
      const { page } = await openPage(site.browser, test, refusal.contextOptions, refusal.expected);
      await refusal.prepare?.(page);
      await page.goto(site.server.url);
      await page.getByText(REFUSED).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);

      const post = index.posts[0]!;
      await page.getByRole('link', { name: post.title, exact: true }).first().click();
      await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
      expect(await page.locator('.post-body p').count()).toBeGreaterThan(2);

      await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
      const cached = page.locator('dt:text-is("Site files cached") + dd');
      await expect.poll(() => cached.innerText()).toMatch(/^No: this browser would not save the site, .+/);
      expect(await page.getByText(REFUSED).count()).toBe(1);
    });
  }
});

// Malformed and hostile addresses, each with the heading the app shows for it: a tag page names the tag it was
// asked for, as for any tag no post has, and shows it as text.
const STRANGE_ADDRESSES: { address: string; heading: string }[] = [
  { address: 'posts/%E0%A4%A', heading: 'Page not found' },
  { address: 'tags/%E0%A4%A', heading: '%E0%A4%A' },
  { address: 'posts/..%2f..%2fpackage.json', heading: 'Page not found' },
  { address: 'tags/%3Cimg%3E', heading: '<img>' },
  { address: '\\evil.example', heading: 'Page not found' },
  { address: '/evil.example', heading: 'Page not found' },
  { address: 'data/../../package.json', heading: 'Page not found' },
  { address: '/evil.example/%E0%A4%A', heading: 'Page not found' },
];

describe('a malformed or hostile address', () => {
  const site = useServedSite();

  it('gets the app’s Not found page on this site, online and offline, with nothing thrown', async (test) => {
    const { page, context } = await openPage(
      site.browser,
      test,
      {},
      { consoleErrors: [BROWSER_LOGS.notFound, BROWSER_LOGS.offline] },
    );
    const origin = new URL(site.server.url).origin;
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    const visitAll = async () => {
      for (const { address, heading } of STRANGE_ADDRESSES) {
        await page.goto(`${site.server.url}${address}`);
        await expect.poll(() => page.locator('h1').innerText(), { message: address }).toBe(heading);
        expect(new URL(page.url()).origin, address).toBe(origin);
        expect(await page.locator('main img').count(), address).toBe(0);
      }
    };
    await visitAll();
    await goOffline(context, page);
    await visitAll();
  });
});

// first visit of a post → the connection goes before the app has finished loading → the article
// stays on screen, at its address, and the reader is told what did not load.
describe('losing the connection early in a first visit', () => {
  const site = useServedSite();
  const post = readBuiltIndex(inject('distDir')).posts[0]!;

  for (const after of [0, 200, 800]) {
    it(`keeps the article on screen when offline ${after} ms after load`, async (test) => {
      // Chromium logs a worker script it cannot fetch offline itself.
      const { page, context } = await openPage(
        site.browser,
        test,
        {},
        { consoleErrors: [BROWSER_LOGS.offline, /An unknown error occurred when fetching the script/] },
      );
      const url = `${site.server.url}posts/${post.slug}`;
      let loads = 0;
      page.on('load', () => (loads += 1));
      const loaded = page.waitForEvent('load');
      // Not page.goto: it waits for the app, which may never arrive here.
      await page.evaluate((address) => window.location.assign(address), url);
      await loaded;
      // The fault itself is timed; every assertion below waits for a state.
      await new Promise((resolve) => setTimeout(resolve, after));
      await goOffline(context, page);

      // Settled: the app is live, or it has said the page cannot be used.
      await expect
        .poll(() => page.locator('#app[data-hydrated], .app-unavailable, .page-not-interactive, .page-error').count(), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      await page.getByRole('heading', { level: 1, name: post.title, exact: true }).waitFor();
      expect(await page.locator('.post-body p').count()).toBeGreaterThan(2);
      expect(await page.locator('.post-body').isVisible()).toBe(true);
      // Nothing reloads the page onto the browser's offline error page.
      await page.waitForTimeout(1_500);
      expect(page.url()).toBe(url);
      expect(loads).toBe(1);
      await page.getByRole('heading', { level: 1, name: post.title, exact: true }).waitFor();
    });
  }
});
