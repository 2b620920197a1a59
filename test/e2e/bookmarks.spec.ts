import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { useServedSite } from './support/served-site.ts';
import { putRow, readBuiltIndex, readStore, waitUntilReadyOffline } from './support/site-data.ts';

const index = readBuiltIndex(inject('distDir'));
const [postA, postB] = index.posts as [(typeof index.posts)[0], (typeof index.posts)[0]];

interface StoredBookmark {
  slug: string;
  title: string;
  bookmarkedAt: number;
}

function toggle(page: Page, title: string) {
  return page.locator('main').getByRole('button', { name: `Bookmark ${title}`, exact: true });
}

function headerLink(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Bookmarks/ });
}

function bookmarkedTitles(page: Page): Promise<string[]> {
  return page.locator('main .post-list .post-card h2 a').allInnerTexts();
}

async function storedSlugs(page: Page): Promise<string[]> {
  return (await readStore<StoredBookmark>(page, 'bookmarks')).map((row) => row.slug).sort();
}

describe('bookmarks', () => {
  const site = useServedSite();

  it('can be made on a first visit whose service worker install fails', async (test) => {
    const { page, context, errors } = await openPage(site.browser, test);
    // Every file the install needs is refused, so the worker never controls the page: the page's
    // database, which waits for that install, opens after PAGE_DATABASE_WAIT_MS all the same.
    await context.route(/precache-pack\.bin$|\.(html|png|svg|ico|webmanifest)$/, (route) =>
      route.request().serviceWorker() ? route.abort() : route.fallback(),
    );
    await page.goto(site.server.url);
    await toggle(page, postA.title).click();
    await expect.poll(() => toggle(page, postA.title).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    expect(await storedSlugs(page)).toEqual([postA.slug]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('survive a reload and going offline, and the first one says once whether storage is kept', async (test) => {
    const { page, context } = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await expect.poll(() => headerLink(page).textContent()).toBe('Bookmarks');

    await toggle(page, postA.title).click();
    await expect.poll(() => toggle(page, postA.title).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => headerLink(page).getAttribute('href')).toMatch(/bookmarks$/);
    await headerLink(page)
      .and(page.getByRole('link', { name: 'Bookmarks 1 saved', exact: true }))
      .waitFor();
    const notice = page.getByRole('status').getByText(/^Bookmark saved\. This browser (will keep|may clear)/);
    await notice.waitFor();
    const settings = await readStore<{ key: string; value: { outcome: string } }>(page, 'settings');
    expect(settings.find((row) => row.key === 'persistenceAskedOnFirstBookmark')?.value.outcome).toMatch(
      /^(granted|denied)$/,
    );

    await page.reload();
    await expect.poll(() => toggle(page, postA.title).getAttribute('aria-pressed')).toBe('true');
    // Said once: a second bookmark, after a reload, says nothing more.
    await toggle(page, postB.title).click();
    await page.getByRole('link', { name: 'Bookmarks 2 saved', exact: true }).waitFor();
    expect(await notice.count()).toBe(0);
    await toggle(page, postB.title).click();
    await page.getByRole('link', { name: 'Bookmarks 1 saved', exact: true }).waitFor();

    await goOffline(context, page);
    await page.goto(`${site.server.url}bookmarks`);
    await expect.poll(() => bookmarkedTitles(page)).toEqual([postA.title]);
    await page.reload();
    await expect.poll(() => bookmarkedTitles(page)).toEqual([postA.title]);
  });

  it('stay in step across two open tabs, live', async (test) => {
    const { page: first, context, errors } = await openPage(site.browser, test);
    await first.goto(site.server.url);
    await toggle(first, postA.title).waitFor();
    const second = await context.newPage();
    await second.goto(`${site.server.url}bookmarks`);
    await second.getByText('No bookmarks yet.').waitFor();

    await first.bringToFront();
    await toggle(first, postA.title).click();
    await expect.poll(() => bookmarkedTitles(second)).toEqual([postA.title]);
    await second.getByRole('link', { name: 'Bookmarks 1 saved', exact: true }).waitFor();

    await toggle(first, postB.title).click();
    await expect.poll(() => bookmarkedTitles(second)).toEqual([postB.title, postA.title]);

    await second.bringToFront();
    await toggle(second, postA.title).click();
    await expect.poll(() => toggle(first, postA.title).getAttribute('aria-pressed')).toBe('false');
    await first.getByRole('link', { name: 'Bookmarks 1 saved', exact: true }).waitFor();
    expect(await storedSlugs(first)).toEqual([postB.slug]);
    await second.close();
    expect(errors).toEqual([]);
  });

  it('end as the last click set them when two tabs toggle one in quick alternation', async (test) => {
    const { page: first, context, errors } = await openPage(site.browser, test);
    await first.goto(site.server.url);
    const second = await context.newPage();
    await second.goto(site.server.url);
    const tabs = [first, second];
    for (const tab of tabs) {
      await expect.poll(() => toggle(tab, postA.title).isEnabled()).toBe(true);
      // What the button showed when it was clicked, recorded in the page as the click lands.
      await toggle(tab, postA.title).evaluate((button) =>
        button.addEventListener(
          'click',
          () => ((window as unknown as { shown?: string }).shown = button.getAttribute('aria-pressed') ?? ''),
          { capture: true },
        ),
      );
    }
    for (let i = 0; i < 50; i++) {
      // As a reader switches tabs: Chromium paints a tab behind another about once a second, and
      // a click waits for two frames of its tab.
      await tabs[i % 2]!.bringToFront();
      await toggle(tabs[i % 2]!, postA.title).click();
    }
    const last = tabs[1]!;
    const shown = await last.evaluate(() => (window as unknown as { shown?: string }).shown);
    const expected = shown === 'true' ? 'false' : 'true';

    for (const tab of tabs)
      await expect.poll(() => toggle(tab, postA.title).getAttribute('aria-pressed')).toBe(expected);
    await first.reload();
    await expect.poll(() => toggle(first, postA.title).getAttribute('aria-pressed')).toBe(expected);
    await second.close();
    expect(errors).toEqual([]);
  });

  it('keep a bookmark whose post is no longer published, by its stored title, until removed', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}bookmarks`);
    await page.getByText('No bookmarks yet.').waitFor();
    // A bookmark of a post the site no longer publishes (written outside Dexie, so reload to read it).
    await putRow(page, 'bookmarks', { slug: 'taken-down', title: 'A talk nobody recorded', bookmarkedAt: 1 });
    await page.reload();

    const gone = page.getByRole('region', { name: 'No longer available' });
    const row = gone.getByRole('listitem');
    await expect.poll(() => row.innerText()).toMatch(/^A talk nobody recorded\s+no longer available\s+Remove/);
    await page.getByRole('link', { name: 'Bookmarks 1 saved', exact: true }).waitFor();

    await gone.getByRole('button', { name: 'Remove A talk nobody recorded' }).click();
    await page.getByText('No bookmarks yet.').waitFor();
    expect(await storedSlugs(page)).toEqual([]);
    // Recorded, so an older reading file never brings it back.
    expect(await readStore(page, 'bookmarkRemovals')).toEqual([{ slug: 'taken-down', removedAt: expect.any(Number) }]);
    expect(errors).toEqual([]);
  });

  it('show many bookmarks no longer published 20 at a time, with Show more', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}bookmarks`);
    await page.getByText('No bookmarks yet.').waitFor();
    for (let i = 1; i <= 45; i += 1) {
      await putRow(page, 'bookmarks', { slug: `taken-down-${i}`, title: `Taken down ${i}`, bookmarkedAt: i });
    }
    await page.reload();

    const gone = page.getByRole('region', { name: 'No longer available' });
    const titles = () => gone.locator('.unavailable-title').allInnerTexts();
    await page.getByText('45 posts saved on this device, most recent first.').waitFor();
    await expect.poll(titles).toEqual(Array.from({ length: 20 }, (_, i) => `Taken down ${45 - i}`));
    await gone.getByRole('button', { name: 'Show 20 more of 25 bookmarks' }).click();
    await expect.poll(async () => (await titles()).length).toBe(40);
    await gone.getByRole('button', { name: 'Show 5 more of 5 bookmarks' }).click();
    await expect.poll(async () => (await titles()).at(-1)).toBe('Taken down 1');
    expect(await gone.getByRole('button', { name: /^Show \d+ more/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
