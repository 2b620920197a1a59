// Storage that vanishes or changes under an open tab: the reader keeps reading, and every message
// says what really happened. Site data cleared, another tab's newer schema, a full device, and an
// update that takes the open post down.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { goOffline } from './support/offline.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { buildDeployWithout } from './support/second-deploy.ts';
import { serveBuild } from './support/server.ts';
import { openAsNewerVersion, readBuiltIndex, waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

const NEWER_TAB = 'A newer version of Field Notes was opened in another tab.';
const NEWER_DATA = 'This site’s data was saved by a newer version of Field Notes';
const BLAMES_STORAGE = /storage (may be|is) full|refused to store/;

describe('storage that vanishes or changes under an open tab', () => {
  const site = useServedSite();
  const index = readBuiltIndex(inject('distDir'));
  const post = index.posts[0]!;
  const other = index.posts[1]!;

  // Online, everything of the origin goes (the service worker too); offline, only IndexedDB, as
  // the reader deleting it in the browser's tools does, and the service worker answers the pages.
  for (const { online, storageTypes } of [
    { online: true, storageTypes: 'all' },
    { online: false, storageTypes: 'indexeddb' },
  ]) {
    it(`keeps opening posts by their links after the site’s data (${storageTypes}) is cleared ${online ? 'online' : 'offline'}, tells a failed read mark, and offers the reload`, async (test) => {
      const { page, context } = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
      await page.goto(`${site.server.url}posts/${post.slug}`);
      await waitUntilReadyOffline(page);
      await waitForMilestone(page, 'page-database-open');
      if (!online) await goOffline(context, page);

      await clearSiteData(context, page, storageTypes);

      const alert = page.getByRole('alert');
      await alert.getByText('This site’s saved data was cleared while the page was open.').waitFor();
      expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
      // A read mark cannot be saved any more: the reader is told why, not left with a button that does nothing.
      await page.getByRole('button', { name: `Read ${post.title}` }).click();
      await page
        .getByRole('status')
        .getByText('The read mark could not be saved: this site’s saved data was cleared. Reload to keep saving.')
        .waitFor();

      const link = page.locator('.post-navigation-link').first();
      const title = await link.locator('.post-navigation-title').innerText();
      await link.click();
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      await expect.poll(() => page.locator('.post-body p').count()).toBeGreaterThan(2);
      expect(await page.locator('.post-body').isVisible()).toBe(true);
      expect(await page.getByText('Loading…').count()).toBe(0);
    });
  }

  it('says a newer version in another tab is why a bookmark is not saved, and reads on from memory after the reload', async (test) => {
    const { page, context } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}posts/${post.slug}`);
    await waitUntilReadyOffline(page);
    await waitForMilestone(page, 'page-database-open');

    expect(await openAsNewerVersionInAnotherTab(context)).toBe(1000);

    const alert = page.getByRole('alert');
    await alert.getByText(NEWER_TAB, { exact: false }).waitFor();
    expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    const bookmark = page.locator('article').getByRole('button', { name: `Bookmark ${post.title}`, exact: true });
    await bookmark.click();
    await page
      .getByRole('status')
      .getByText(
        'The bookmark could not be saved: a newer version of Field Notes was opened in another tab. Reload to keep saving.',
      )
      .waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(BLAMES_STORAGE);

    // Reloaded, this page is still the older version, and the database is the newer one's: every post
    // reads from memory, the notice says why nothing is kept, and a bookmark says it lasts this visit.
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.getByText(NEWER_DATA, { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole('banner').getByRole('link', { name: 'Posts', exact: true }).click();
    await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);
    const card = page.locator('main').getByRole('button', { name: `Bookmark ${other.title}`, exact: true });
    await expect.poll(() => card.isEnabled()).toBe(true);
    await card.click();
    await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
    await page
      .getByRole('status')
      .getByText(`Bookmarked for this visit only: ${NEWER_DATA.replace('This', 'this')}`, { exact: false })
      .waitFor();
    await page.getByRole('link', { name: other.title, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: other.title, exact: true }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(BLAMES_STORAGE);
  });

  it('shows on Offline & storage that bookmarks are not kept once a save failed for want of space', async (test) => {
    const { page } = await openPage(site.browser, test);
    await page.addInitScript({ content: fullStorage(['bookmarks', 'readingState', 'settings']) });
    await page.goto(`${site.server.url}posts/${post.slug}`);
    const button = page.locator('article').getByRole('button', { name: `Bookmark ${post.title}`, exact: true });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page
      .getByRole('status')
      .getByText('The bookmark could not be saved: this device’s storage is full. Free up space, then try again.')
      .waitFor();

    await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
    const kept = page.locator('dt:text-is("Bookmarks and reading positions") + dd');
    await expect
      .poll(() => kept.innerText())
      .toBe(
        'Not kept: the last one could not be saved, as this device’s storage is full. Free up space, then try again.',
      );
  });
});

describe('an update that takes the open post down', () => {
  const site = useServedSite();
  const taken = readBuiltIndex(inject('distDir')).posts.at(-1)!;
  let withoutIt: string;
  beforeAll(async () => {
    withoutIt = await buildDeployWithout('dist-taken-down', taken.slug);
  });

  it('says after the reload that the post was taken down, names it, and links to the latest posts', async (test) => {
    const server = await serveBuild(inject('distDir'));
    test.onTestFinished(() => server.close());
    // The post's address answers 404 from the new deploy, as it should.
    const { page } = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.notFound] });
    await page.goto(`${server.url}posts/${taken.slug}`);
    await waitUntilReadyOffline(page);

    server.setRoot(withoutIt);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText(/A new version of Field Notes is ready/).waitFor({ timeout: 30_000 });
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;

    await page.getByRole('heading', { level: 1, name: 'This post was taken down' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('main').innerText()).toContain(`${taken.title} is no longer published on this site.`);
    expect(await page.getByText(/mistyped/).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Go to the latest posts' }).click();
    await expect.poll(() => page.locator('main .post-card').count()).toBe(readBuiltIndex(withoutIt).posts.length);
  });
});

/** What "Clear site data" does: the origin's storage of these types (`all`, `indexeddb`…) deleted under the open page. */
async function clearSiteData(context: BrowserContext, page: Page, storageTypes: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes });
  await cdp.detach();
}

/** What a newer build's Dexie does in another tab: opens the same database at a higher version. */
async function openAsNewerVersionInAnotherTab(context: BrowserContext): Promise<number> {
  const tab = await context.newPage();
  const [first] = context.pages();
  await tab.goto(new URL('/favicon.svg', first!.url()).href);
  const version = await openAsNewerVersion(tab);
  await tab.close();
  return version;
}

/** Makes IndexedDB refuse writes to `stores` as a full disk does (an init script; see storage-failure.spec.ts). */
function fullStorage(stores: readonly string[]): string {
  return `{
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (${JSON.stringify(stores)}.includes(this.name)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  }\n`;
}
