import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/chromium.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { buildSecondDeploy, SECOND_DEPLOY } from './support/second-deploy.ts';
import { readStore, putRow, waitUntilReadyOffline } from './support/site-data.ts';
import { goOffline } from './support/offline.ts';

const CHANGED_SLUG = SECOND_DEPLOY.changedSlug;
const ADDED = SECOND_DEPLOY.added;

// A second deploy (one post changed, one added) reaches a reader with the site open: the update
// toast appears, Reload takes it and lands where they were, and nothing they saved is lost.
describe('a new version deployed while the site is open', () => {
  let browser: Browser;
  let server: StaticServer;
  let secondBuild: string;

  beforeAll(async () => {
    secondBuild = await buildSecondDeploy('dist-second-deploy');
    browser = await launchBrowser();
    server = await serveBuild(inject('distDir'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the update, reloads into it in place, and keeps bookmarks and reading positions', async (test) => {
    const { page, context, errors } = await openPage(browser, test, { viewport: { width: 800, height: 600 } });
    await page.goto(`${server.url}posts/${CHANGED_SLUG}`);
    await waitUntilReadyOffline(page);
    const bookmark = { slug: CHANGED_SLUG, title: 'KubeCon 2017 Thoughts', bookmarkedAt: 1_700_000_000_000 };
    // A position in another post: the one open here is rewritten as the reader scrolls.
    const position = {
      slug: 'kubernetes-trends-at-kubecon-2017',
      anchor: 'block:12',
      progress: 0.4,
      updatedAt: 1_700_000_000_000,
    };
    await putRow(page, 'bookmarks', bookmark);
    await putRow(page, 'readingState', position);

    // A second tab is open through the whole update too.
    const other = await context.newPage();
    await other.goto(server.url);
    await other.locator('.post-card').first().waitFor();
    await page.bringToFront();

    await page.evaluate(() => window.scrollTo(0, 1200));
    server.setRoot(secondBuild);
    await checkForUpdate(page);
    // It says what the new version brings, from its content index against the stored posts.
    await page.getByText('A new version of Field Notes is ready: 1 new post, 1 updated.').waitFor({ timeout: 30_000 });
    // Listening before the click: the reload can be over by the time the click returns.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect.poll(() => page.locator('.post-body').innerText()).toContain('An update added in the second deploy.');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

    await page.getByRole('link', { name: 'Posts', exact: true }).click();
    await page.getByRole('link', { name: ADDED.title, exact: true }).waitFor();
    // Both are marked, and the home page says how many.
    const card = (title: string) =>
      page.locator('.post-card', { has: page.getByRole('link', { name: title, exact: true }) });
    await expect.poll(() => card(ADDED.title).locator('.news-badge').textContent()).toBe('New');
    await expect.poll(() => card('KubeCon 2017 Thoughts').locator('.news-badge').textContent()).toBe('Updated');
    expect(await page.locator('.news-summary').textContent()).toBe('1 new post and 1 updated');
    // Reading the new post to its end (it is short: opening it is reading it) marks it read and clears its mark.
    await page.getByRole('link', { name: ADDED.title, exact: true }).click();
    await expect
      .poll(() => page.getByRole('button', { name: `Read ${ADDED.title}` }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByRole('link', { name: 'Posts', exact: true }).click();
    await expect.poll(() => card(ADDED.title).getAttribute('class')).toContain('is-read');
    expect(await card(ADDED.title).locator('.news-badge').count()).toBe(0);
    expect(await page.locator('.news-summary').textContent()).toBe('1 updated');

    expect(await readStore(page, 'bookmarks')).toEqual([bookmark]);
    const positions = await readStore<{ slug: string }>(page, 'readingState');
    expect(positions).toContainEqual(position);
    // Where the reader was in the open post, saved under the first build, survives too.
    expect(positions.map((row) => row.slug)).toContain(CHANGED_SLUG);

    // The other tab, still on the first version, keeps working and sees the new post live.
    await other.getByRole('link', { name: ADDED.title, exact: true }).click();
    await expect.poll(() => other.locator('h1').innerText()).toBe(ADDED.title);
    await other.getByRole('link', { name: 'Posts', exact: true }).click();
    await other.getByRole('link', { name: 'KubeCon 2017 Thoughts', exact: true }).click();
    await expect.poll(() => other.locator('.post-body').innerText()).toContain('An update added in the second deploy.');

    expect(errors).toEqual([]);
  });

  it('reloads into the new version at once while the old worker is still saving in the background', async (test) => {
    const own = await serveBuild(inject('distDir'));
    test.onTestFinished(() => own.close());
    const { page, context, errors } = await openPage(browser, test);
    // The network holds back every search fragment the worker asks for, so it is still saving
    // them when the update comes (as on a slow connection with a large site).
    const held: Route[] = [];
    await context.route('**/pagefind/fragment/**', (route) => void held.push(route));
    await page.goto(own.url);
    await waitUntilReadyOffline(page);
    await expect.poll(() => held.length).toBeGreaterThan(0);

    own.setRoot(secondBuild);
    await checkForUpdate(page);
    await page.getByText(/A new version of Field Notes is ready/).waitFor({ timeout: 30_000 });
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.getByRole('link', { name: ADDED.title, exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reloads a tab whose update another tab has taken already', async (test) => {
    const own = await serveBuild(inject('distDir'));
    test.onTestFinished(() => own.close());
    const { page, context, errors } = await openPage(browser, test);
    await page.goto(own.url);
    await waitUntilReadyOffline(page);
    const other = await context.newPage();
    await other.goto(own.url);

    own.setRoot(secondBuild);
    await checkForUpdate(page);
    await page.getByText(/A new version of Field Notes is ready/).waitFor({ timeout: 30_000 });
    await other.getByText(/A new version of Field Notes is ready/).waitFor({ timeout: 30_000 });
    const otherReloaded = other.waitForEvent('load');
    await other.getByRole('button', { name: 'Reload' }).click();
    await otherReloaded;
    await other.getByRole('link', { name: ADDED.title, exact: true }).waitFor();

    // This tab still offers the update it saw; taking it now is a reload into the version already active.
    await page.bringToFront();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.getByRole('link', { name: ADDED.title, exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('says what the new version brings in a tab opened offline while it waits', async (test) => {
    const own = await serveBuild(inject('distDir'));
    test.onTestFinished(() => own.close());
    const { page, context } = await openPage(browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    await page.goto(own.url);
    await waitUntilReadyOffline(page);
    own.setRoot(secondBuild);
    await checkForUpdate(page);
    await page.getByText(/A new version of Field Notes is ready/).waitFor({ timeout: 30_000 });

    await goOffline(context, page);
    const offlineTab = await context.newPage();
    await offlineTab.goto(own.url);
    // Read from the new version's own saved copy: the connection is not needed.
    await offlineTab
      .getByText('A new version of Field Notes is ready: 1 new post, 1 updated.')
      .waitFor({ timeout: 30_000 });
  });

  it('keeps an old tab searching once another tab has reloaded into the new version, and finds the new post', async (test) => {
    const own = await serveBuild(inject('distDir'));
    test.onTestFinished(() => own.close());
    const { page: old, context, errors } = await openPage(browser, test);
    await old.goto(`${own.url}search?q=kubecon`);
    await waitUntilReadyOffline(old);
    await expect.poll(() => old.locator('.search-count').textContent()).toContain('for “kubecon”');

    own.setRoot(secondBuild);
    const fresh = await context.newPage();
    await fresh.goto(own.url);
    await checkForUpdate(fresh);
    await fresh.getByText(/A new version of Field Notes is ready/).waitFor({ timeout: 30_000 });
    const reloaded = fresh.waitForEvent('load');
    await fresh.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    // The new service worker has taken over: the first build's files are gone from its cache.
    await expect.poll(() => fresh.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBeTruthy();

    // The old tab still runs the first build's code, and its search index is the first build's.
    await old.bringToFront();
    await old.locator('#site-search').fill('editors');
    await expect.poll(() => old.locator('.search-count').textContent()).toContain('for “editors”');
    expect(await old.locator('.search-result h2').allTextContents()).toContain(ADDED.title);
    expect(await old.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

/** What the page does on its hourly timer and when it becomes visible again. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}
