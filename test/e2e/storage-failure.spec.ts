import { describe, expect, inject, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex } from './support/site-data.ts';

const NOTICE = /bookmarks and your reading position will not be kept/;

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
});
