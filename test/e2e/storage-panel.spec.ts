import { describe, expect, inject, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { SEARCH_CACHE } from '../../src/shared/search.ts';
import { readBuiltIndex, readStore, waitUntilReadyOffline } from './support/site-data.ts';

describe('the Offline & storage panel', () => {
  const site = useServedSite();
  const total = readBuiltIndex(inject('distDir')).posts.length;

  it('is reached from the footer and shows posts saved, storage used and persistence', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Offline & storage');

    const value = (term: string) => page.locator(`dt:text-is("${term}") + dd`).innerText();
    await expect.poll(() => value('Posts saved offline')).toBe(`${total} of ${total}`);
    expect(await value('Site files cached')).toBe('Yes, the whole site opens without a connection');
    await expect
      .poll(() => value('Storage used'))
      .toMatch(/^\d+(\.\d)? (bytes|KB|MB|GB) of \d+(\.\d)? (KB|MB|GB|TB) available$/);
    expect(await value('Kept when space runs low')).toMatch(
      /^(Yes \(persistent storage\)|No, the browser may clear it under pressure)$/,
    );
    expect(errors).toEqual([]);
  });

  it('frees the space that can be downloaded again, keeps every bookmark, and saves everything back', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await page.locator('.post-card .bookmark-button').first().click();
    await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(1);
    const bookmarks = await readStore(page, 'bookmarks');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
    const value = (term: string) => page.locator(`dt:text-is("${term}") + dd`).innerText();
    await expect.poll(() => value('Search')).toBe('Ready offline');
    const save = page.getByRole('button', { name: 'Save everything now' });
    expect(await save.count()).toBe(0);

    await page.getByRole('button', { name: 'Free up space' }).click();
    await expect.poll(() => page.locator('.offline-actions-status').innerText()).toMatch(/^Freed \d/);
    await expect
      .poll(() => value('Search'))
      .toMatch(/^0 of \d+ parts saved; offline, search covers the posts saved so far$/);
    const savedFragments = () =>
      page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, SEARCH_CACHE);
    expect(await savedFragments()).toBe(0);
    expect(await readStore(page, 'bookmarks')).toEqual(bookmarks);
    expect(await value('Posts saved offline')).toBe(`${total} of ${total}`);

    await save.click();
    await expect.poll(() => value('Search')).toBe('Ready offline');
    await expect
      .poll(() => page.locator('.offline-actions-status').innerText())
      .toBe('Everything is saved for offline reading.');
    expect(await value('Site files cached')).toBe('Yes, the whole site opens without a connection');

    // A file the browser dropped from the site's own cache is saved back by the next page, unasked.
    const precachedTagsPage = () =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((cache) => cache.startsWith('workbox-precache'))!;
        const cache = await caches.open(name);
        return (await cache.keys()).filter((request) => request.url.includes('tags.html')).length;
      });
    await page.evaluate(async () => {
      const name = (await caches.keys()).find((cache) => cache.startsWith('workbox-precache'))!;
      const cache = await caches.open(name);
      const page = (await cache.keys()).find((request) => request.url.includes('tags.html'))!;
      await cache.delete(page);
    });
    expect(await precachedTagsPage()).toBe(0);
    await page.reload();
    await expect.poll(precachedTagsPage).toBe(1);
    await expect.poll(() => value('Site files cached')).toBe('Yes, the whole site opens without a connection');
    expect(await save.count()).toBe(0);
    expect(await readStore(page, 'bookmarks')).toEqual(bookmarks);
    expect(errors).toEqual([]);
  });
});
