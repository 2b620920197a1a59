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
      expect(errors).toEqual([]);
    });
  }
});
