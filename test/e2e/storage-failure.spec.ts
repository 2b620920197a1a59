import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex } from './support/site-data.ts';

const NOTICE = /bookmarks and your reading position will not be kept/;
const FULL = /This device's storage is full, so bookmarks and your reading position will not be kept/;

/**
 * Code that makes IndexedDB refuse writes to `stores` as a full disk does, after `allowed` of
 * them went through. Runs in the page (an init script) or in the sync worker (prepended to its
 * script, as init scripts do not reach workers); the in-memory fallback is not IndexedDB's.
 */
function fullStorage(stores: readonly string[], allowed = 0): string {
  return `{
    const put = IDBObjectStore.prototype.put;
    let allowed = ${allowed};
    IDBObjectStore.prototype.put = function (...args) {
      if (${JSON.stringify(stores)}.includes(this.name) && allowed-- <= 0) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  }\n`;
}

/**
 * Every list reads the database, not the prerendered page: client-side navigations to a tag page
 * and to Offline & storage, whose lists and counts come from the database alone.
 */
async function expectEveryPostListed(page: Page, index: ReturnType<typeof readBuiltIndex>, tag: string): Promise<void> {
  const count = index.posts.length;
  await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
  await expect.poll(() => page.locator('main dd').first().innerText()).toBe(`${count} of ${count}`);
  await page.getByRole('banner').getByRole('link', { name: 'Tags', exact: true }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^#?${tag}\\b`) })
    .first()
    .click();
  const tagged = index.posts.filter((post) => post.tags.includes(tag)).length;
  await expect.poll(() => page.locator('main .post-card').count()).toBe(tagged);
  await page.getByRole('banner').getByRole('link', { name: 'Posts', exact: true }).click();
  await expect.poll(() => page.locator('main .post-card').count()).toBe(count);
}

// Browsers refuse IndexedDB in some private modes and when storage is disabled; the posts must
// still read, and the reader must be told what will not be kept.
describe('a browser that refuses IndexedDB', () => {
  const site = useServedSite();
  const index = readBuiltIndex(inject('distDir'));

  for (const [name, refusal] of [
    [
      'throws SecurityError on open',
      `indexedDB.open = () => { throw new DOMException('The user denied permission', 'SecurityError'); };`,
    ],
    [
      'has no indexedDB at all',
      `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });`,
    ],
    [
      'throws SecurityError on merely reading indexedDB',
      `Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); }, configurable: true });`,
    ],
  ] as const) {
    it(`still reads every post and says what it cannot keep when it ${name}`, async (test) => {
      const { page, errors } = await openPage(site.browser, test);
      await page.addInitScript({ content: refusal });
      await page.goto(site.server.url);
      await page.getByText(NOTICE).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);

      for (const post of index.posts) {
        await page.goto(`${site.server.url}posts/${post.slug}`);
        await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
        expect(await page.locator('.post-body p').count()).toBeGreaterThan(2);
        // The page is prerendered: the notice comes once the app has tried to open storage.
        await page.getByText(NOTICE).waitFor({ timeout: 15_000 });
        expect(await page.getByText(NOTICE).count()).toBe(1);
      }

      // Opened from the home page, each post renders from the database in memory.
      for (const post of index.posts) {
        await page.goto(site.server.url);
        await page.getByText(NOTICE).waitFor({ timeout: 15_000 });
        await page.locator('main .post-card h2 a', { hasText: post.title }).first().click();
        await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
        await expect.poll(() => page.locator('.post-body p').count()).toBeGreaterThan(2);
      }
      await page.goto(`${site.server.url}bookmarks`);
      await page.getByText(NOTICE).waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('main').innerText()).not.toMatch(/Loading…/);
      await page.locator('main h1').waitFor();
      expect(errors).toEqual([]);
    });
  }

  it('says a bookmark is kept for this visit only', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.addInitScript({
      content: `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });`,
    });
    await page.goto(site.server.url);
    await page.getByText(NOTICE).waitFor({ timeout: 15_000 });
    const post = index.posts[0]!;
    const button = page.locator('main').getByRole('button', { name: `Bookmark ${post.title}`, exact: true });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page
      .getByRole('status')
      .getByText(/bookmarked for this visit only/i)
      .waitFor();
    expect(await page.getByText(/bookmark saved/i).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  describe('with no room left on the device', () => {
    const tag = 'kubernetes';

    it('keeps every post listed, in memory, when the sync worker’s writes fail midway', async (test) => {
      const { page } = await openPage(site.browser, test);
      await page.route(/\/sync-worker-[^/]*\.js$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: fullStorage(['posts', 'summaries'], 1) + (await response.text()) });
      });
      await page.goto(site.server.url);
      await page.getByText(FULL).waitFor({ timeout: 15_000 });
      await expectEveryPostListed(page, index, tag);

      // Still on this visit (a reload would take the worker from the service worker's cache, past the fault).
      const post = index.posts[0]!;
      const button = page.locator('main').getByRole('button', { name: `Bookmark ${post.title}`, exact: true });
      await button.click();
      await page
        .getByRole('status')
        .getByText(/bookmarked for this visit only/i)
        .waitFor();
    });

    it('keeps every post listed when the page syncs them itself and its writes fail', async (test) => {
      const { page } = await openPage(site.browser, test);
      await page.addInitScript({ content: `delete window.Worker;\n${fullStorage(['posts', 'summaries'])}` });
      await page.goto(site.server.url);
      await page.getByText(FULL).waitFor({ timeout: 15_000 });
      await expectEveryPostListed(page, index, tag);
    });

    it('says a bookmark was not saved, and keeps reading, when only the page’s own writes fail', async (test) => {
      const { page } = await openPage(site.browser, test);
      await page.addInitScript({ content: fullStorage(['bookmarks', 'readingState', 'settings']) });
      const post = index.posts[0]!;
      await page.goto(`${site.server.url}posts/${post.slug}`);
      const button = page.locator('article').getByRole('button', { name: `Bookmark ${post.title}`, exact: true });
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.click();
      await page
        .getByRole('status')
        .getByText(/The bookmark could not be saved/)
        .waitFor();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByText(/bookmark saved/i).count()).toBe(0);
      // Leaving the post saves the reader's position, which fails too, quietly (the page guard
      // fails the test on an uncaught error), and the reader goes on.
      const positionRefused = page.waitForEvent('console', (message) =>
        message.text().includes('Could not save the reading position'),
      );
      await page.mouse.wheel(0, 4000);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      await page.getByRole('banner').getByRole('link', { name: 'Posts', exact: true }).click();
      await positionRefused;
      await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);
    });
  });
});
