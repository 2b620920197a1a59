import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, waitUntilReadyOffline } from './support/site-data.ts';

const SYNC_WORKER = /\/assets\/sync-worker-[\w-]+\.js$/;

// The post sync runs in a dedicated worker (src/app/data/sync-in-worker.ts) so its fetches and
// writes stay off the page's main thread; the page's live queries follow its writes.
describe('the post sync', () => {
  const site = useServedSite();
  const index = readBuiltIndex(inject('distDir'));

  it('runs in a worker on a first visit, and the page reads what it stored', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const newest = index.posts[0]!;
    await page.goto(`${site.server.url}posts/${newest.slug}`);
    // The prerendered body stays as it is: the worker's "done" can reach the page before its live
    // query has seen the last write, and the page must not fall back to an older or empty copy.
    await page.locator('.post-body').evaluate((body) => body.setAttribute('data-test-mark', ''));
    await waitUntilReadyOffline(page);
    await page.waitForTimeout(300);
    expect(await page.locator('.post-body[data-test-mark] p').count()).toBeGreaterThan(2);

    expect(await page.getByText(`Ready to read offline: ${index.posts.length} posts saved.`).count()).toBe(1);
    expect(workers.filter((url) => SYNC_WORKER.test(url))).toHaveLength(1);
    // The page itself never fetched the posts: the worker did, into the same database.
    expect((await pageFetches(page)).filter((url) => url.includes('/data/'))).toEqual([]);
    expect(await storedSlugs(page)).toEqual(index.posts.map((post) => post.slug).sort());

    // The page's own connection reads what the worker wrote: a bookmark of a synced post lists.
    const bookmark = page.locator('main').getByRole('button', { name: `Bookmark ${newest.title}`, exact: true });
    await bookmark.click();
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site.server.url}bookmarks`);
    await expect
      .poll(() => page.locator('main').getByRole('link', { name: newest.title, exact: true }).count())
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('runs on the page when the worker cannot start, and loses nothing', async (test) => {
    // Chromium logs the worker script's 404 itself.
    const { page, context } = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.notFound] });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // As when the worker's chunk is missing: its script answers 404.
    await context.route(SYNC_WORKER, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);

    expect(await page.getByText(`Ready to read offline: ${index.posts.length} posts saved.`).count()).toBe(1);
    expect(warnings.some((text) => text.startsWith('Syncing posts on the page:'))).toBe(true);
    expect((await pageFetches(page)).some((url) => url.includes('/data/bundles/'))).toBe(true);
    expect(await storedSlugs(page)).toEqual(index.posts.map((post) => post.slug).sort());
  });
});

/** URLs the page's own document fetched (a worker's requests are in the worker's timeline). */
function pageFetches(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
}

/** Slugs of the posts in the site's IndexedDB database, read without the app. */
function storedSlugs(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('kubecon-field-notes');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const keys = request.result.transaction('posts').objectStore('posts').getAllKeys();
          keys.onsuccess = () => {
            request.result.close();
            resolve((keys.result as string[]).sort());
          };
        };
      }),
  );
}
