// The service worker's caches vanish under the site (the browser evicts them, or the reader clears them), or the
// connection goes and comes back: what the reader is told stays true, and what was lost is saved again once online.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IMAGE_CACHE } from '../../src/shared/images.ts';
import { SEARCH_CACHE } from '../../src/shared/search.ts';
import { buildSite } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { holdRequests } from './support/held-requests.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { goOffline, goOnline } from './support/offline.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, waitUntilReadyOffline } from './support/site-data.ts';

const NOT_SAVED = /no longer saved for reading offline/;
const SAVING_FAILED = /Posts could not be saved for reading offline this time/;

describe('caches emptied under the service worker', () => {
  const site = useServedSite();
  const distDir = inject('distDir');
  const index = readBuiltIndex(distDir);
  const precached = precacheList(distDir).size;

  it('are saved again while online, so a post never opened still reads offline', async (test) => {
    const { page, context } = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await expect.poll(() => precachedCount(page)).toBe(precached);
    await emptyCacheStorage(page);
    expect(await precachedCount(page)).toBe(0);

    await page.reload();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
    await expect.poll(() => ledger(page, 'Site files cached')).toBe('Yes, the whole site opens without a connection');
    await expect.poll(() => precachedCount(page)).toBe(precached);

    await goOffline(context, page);
    const unread = index.posts[index.posts.length - 1]!;
    await page.goto(`${site.server.url}posts/${unread.slug}`);
    await page.getByRole('heading', { level: 1, name: unread.title, exact: true }).waitFor();
    expect(await page.locator('.post-body p').count()).toBeGreaterThan(2);
    expect(await page.getByText(NOT_SAVED).count()).toBe(0);
  });

  it('warns on any page while offline that the site is no longer saved, until it is saved again online', async (test) => {
    // Offline with nothing saved, the browser fails to fetch the tab's icon itself.
    const { page, context } = await openPage(
      site.browser,
      test,
      {},
      { consoleErrors: [BROWSER_LOGS.offline, /net::ERR_FAILED \(\S+\/favicon\.(svg|ico):/] },
    );
    const post = index.posts[0]!;
    await page.goto(`${site.server.url}posts/${post.slug}`);
    await waitUntilReadyOffline(page);
    await goOffline(context, page);
    await emptyCacheStorage(page);

    // To the home page, whose code is part of every page's: no file is needed from the emptied cache.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts', exact: true }).click();
    await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);
    await page.getByText(NOT_SAVED).waitFor();
    expect(await page.getByText(/They are saved again once you are back online/).count()).toBe(1);

    await goOnline(context, page);
    await expect.poll(() => page.getByText(NOT_SAVED).count()).toBe(0);
    await expect.poll(() => precachedCount(page)).toBe(precached);
  });
});

describe('a connection lost early in a first visit, and back', () => {
  const site = useServedSite();
  const index = readBuiltIndex(inject('distDir'));

  it('replaces "could not be saved" with "Ready to read offline" once the posts are saved', async (test) => {
    const { page, context } = await openPage(
      site.browser,
      test,
      {},
      { consoleErrors: [BROWSER_LOGS.offline, /An unknown error occurred when fetching the script/] },
    );
    // The posts' bodies, which the sync and the worker's first install both ask for, fail as the connection goes.
    const bodies = await holdRequests(site.server.url, /^\/data\/bundles\/[0-9a-f]+\.json$/);
    test.onTestFinished(() => bodies.close());
    await page.goto(bodies.url);
    await bodies.requested;
    await goOffline(context, page);
    bodies.fail();
    await page.getByText(SAVING_FAILED).waitFor({ timeout: 20_000 });

    bodies.release();
    await goOnline(context, page);
    await page.getByText(`Ready to read offline: ${index.posts.length} posts saved.`).waitFor({ timeout: 30_000 });
    expect(await page.getByText(SAVING_FAILED).count()).toBe(0);
  });

  it('installs the service worker again once online, when the connection cut its first install short', async (test) => {
    // Chromium logs a worker script it could not fetch itself, as a registration made again may meet while the
    // connection comes back (it is tried again).
    const { page, context } = await openPage(
      site.browser,
      test,
      {},
      { consoleErrors: [BROWSER_LOGS.offline, /An unknown error occurred when fetching the script/] },
    );
    // The worker's first download, the precache pack, fails as the connection goes.
    const pack = await holdRequests(site.server.url, /^\/precache-pack\.bin$/);
    test.onTestFinished(() => pack.close());
    await page.goto(pack.url);
    await pack.requested;
    await goOffline(context, page);
    pack.fail();
    // A first install that fails leaves the browser no registration at all.
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    await expect.poll(registered).toBe(false);

    pack.release();
    await goOnline(context, page);
    await page.getByText(`Ready to read offline: ${index.posts.length} posts saved.`).waitFor({ timeout: 30_000 });
    await goOffline(context, page);
    const post = index.posts[1]!;
    await page.goto(`${pack.url}posts/${post.slug}`);
    await page.getByRole('heading', { level: 1, name: post.title, exact: true }).waitFor();
  });
});

// The media fixture has pictures beside the search texts: both are what Free up space deletes.
describe('Free up space, and the connection coming back (test/fixtures/media)', () => {
  let distDir: string;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    distDir = await buildSite({ outDir: 'dist-media', env: { CONTENT_DIR: 'test/fixtures/media' } });
    [browser, server] = await Promise.all([launchBrowser(), serveBuild(distDir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens Offline & storage once the search texts and every picture are saved. */
  async function openSavedLedger(page: Page): Promise<void> {
    await page.goto(server.url);
    await waitUntilReadyOffline(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
    await expect.poll(() => ledger(page, 'Search')).toBe('Ready offline');
    await expect.poll(() => ledger(page, 'Images')).toBe('3 of 3 saved');
  }

  it('says how many bytes it removed, counted from what it deleted', async (test) => {
    const { page } = await openPage(browser, test);
    await openSavedLedger(page);
    const removable = (await cachedBytes(page, SEARCH_CACHE)) + (await cachedBytes(page, IMAGE_CACHE));
    expect(removable).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Free up space' }).click();
    const status = page.locator('.offline-actions-status');
    await expect.poll(() => status.innerText()).toMatch(/^Freed /);
    const shown = parseBytes(await status.innerText());
    // The figure is rounded to one decimal of its unit, so it is off by at most half of that.
    expect(Math.abs(shown.bytes - removable)).toBeLessThanOrEqual(shown.unit / 20);
  });

  it('saves again, without a reload, the search texts and pictures freed while offline', async (test) => {
    const { page, context } = await openPage(browser, test);
    await openSavedLedger(page);
    await goOffline(context, page);
    await page.getByRole('button', { name: 'Free up space' }).click();
    await expect.poll(() => ledger(page, 'Search')).toMatch(/^0 of \d+ parts saved/);
    // Two of the three pictures come with the site itself (the fixture's budget).
    await expect.poll(() => ledger(page, 'Images')).toMatch(/^2 of 3 saved; the rest are saved while you are online/);

    await goOnline(context, page);
    await expect.poll(() => ledger(page, 'Search')).toBe('Ready offline');
    await expect.poll(() => ledger(page, 'Images')).toBe('3 of 3 saved');
  });
});

/** The precache list of the built service worker, by URL. */
function precacheList(distDir: string): Set<string> {
  const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  return new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!));
}

function emptyCacheStorage(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
}

function precachedCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((cache) => cache.startsWith('workbox-precache'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });
}

/** The sum of the body sizes of every response in one cache, read from the page. */
function cachedBytes(page: Page, cacheName: string): Promise<number> {
  return page.evaluate(async (name) => {
    let bytes = 0;
    for (const response of await (await caches.open(name)).matchAll())
      bytes += (await response.arrayBuffer()).byteLength;
    return bytes;
  }, cacheName);
}

function ledger(page: Page, term: string): Promise<string> {
  return page.locator(`dt:text-is("${term}") + dd`).innerText();
}

/** "Freed 40.3 KB." as bytes, with the size of the unit it was given in. */
function parseBytes(text: string): { bytes: number; unit: number } {
  const match = /Freed (\d+(?:\.\d)?) (bytes|KB|MB|GB)\./.exec(text);
  if (!match) throw new Error(`Not a byte count: "${text}"`);
  const unit = 1000 ** ['bytes', 'KB', 'MB', 'GB'].indexOf(match[2]!);
  return { bytes: Number(match[1]) * unit, unit };
}
