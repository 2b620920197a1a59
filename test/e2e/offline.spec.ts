import path from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { buildSite } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { useServedSite } from './support/served-site.ts';
import { MILESTONE_PREFIX } from '../../src/shared/milestones.ts';
import type { PostIndex } from '../../src/shared/post.ts';
import { readBuiltIndex, waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

// The same story at the root and under a sub-path (`BASE_PATH=/notes/`), where the router, the
// service worker's scope and navigation fallback, and every asset and data URL must follow.
describe('offline after one visit, at the root', () => {
  offlineStory(() => ({ distDir: inject('distDir'), basePath: '/' }));
});

describe('offline after one visit, under /notes/', () => {
  let distDir = '';
  beforeAll(async () => {
    distDir = await buildSite({ outDir: 'dist-notes', env: { BASE_PATH: '/notes/' } });
  });
  offlineStory(() => ({ distDir, basePath: '/notes/' }));
});

// visit the home page only → ready offline → server gone, browser offline → every post by its
// URL, reloaded, and moved between by links, as if the connection had never gone.
function offlineStory(site: () => { distDir: string; basePath: string }) {
  let server: StaticServer;
  let browser: Browser;
  let index: PostIndex;

  beforeAll(async () => {
    browser = await launchBrowser();
    index = readBuiltIndex(site().distDir);
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Each test gets its own server (and so its own origin): one of them shuts its server down.
  beforeEach(async () => {
    server = await serveBuild(site().distDir, { basePath: site().basePath });
  });
  afterEach(async () => {
    await server.close();
  });

  it('reads every post, never opened before, with no server and no network', async (test) => {
    const { page, context } = await openPage(browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    await page.goto(server.url);
    await waitUntilReadyOffline(page);
    expect(await page.getByText(`Ready to read offline: ${index.posts.length} posts saved.`).count()).toBe(1);
    const origin = server.url;
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(origin);
    // The first install downloaded one pack, not each page and chunk (see src/sw/precache-install.ts).
    const worker = context.serviceWorkers()[0];
    const fetched = await worker!.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(fetched).toContain(`${site().basePath}precache-pack.bin`);
    expect(fetched.filter((file) => /\.(html|js|css)$/.test(file))).toEqual([]);
    // The start-up marks npm run bench reads (src/app/milestones.ts), each once, in the order they
    // must come in: hydrated before the worker is registered, registered before installed,
    // installed before the page opens its own database.
    // "Ready to read offline" comes from the worker; the page may open its own database after it.
    const readMarks = () =>
      page.evaluate(
        (prefix) =>
          performance
            .getEntriesByType('mark')
            .filter((mark) => mark.name.startsWith(prefix))
            .map((mark) => ({ name: mark.name.slice(prefix.length), at: mark.startTime })),
        MILESTONE_PREFIX,
      );
    await waitForMilestone(page, 'page-database-open');
    const marks = await readMarks();
    const at = (name: string) => marks.find((mark) => mark.name === name)?.at ?? NaN;
    expect(marks.map((mark) => mark.name).sort()).toEqual([
      'hydrated',
      'page-database-open',
      'posts-saved',
      'worker-installed',
      'worker-registered',
    ]);
    expect(at('hydrated')).toBeLessThan(at('worker-registered'));
    expect(at('worker-registered')).toBeLessThan(at('worker-installed'));
    expect(at('hydrated')).toBeLessThan(at('posts-saved'));
    // The page's own database waits for the first install (src/app/data/runtime.ts, startData).
    expect(at('worker-installed')).toBeLessThan(at('page-database-open'));

    await server.close();
    await goOffline(context, page);

    for (const post of index.posts) {
      await page.goto(`${origin}posts/${post.slug}`);
      await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
      await page.reload();
      await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
      expect(await page.locator('.post-body').innerText()).toContain(post.summary.replace(/…$/, '').slice(0, 60));
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Offline' }).count()).toBe(1);
    }

    // Moving between pages with links, still offline.
    await page.getByRole('link', { name: 'Posts', exact: true }).click();
    await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);
    const last = index.posts[index.posts.length - 1]!;
    await page.getByRole('link', { name: last.title, exact: true }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(last.title);

    // A trailing slash and an unknown route still get the app, offline.
    await page.goto(`${origin}posts/${last.slug}/`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(last.title);
    await page.goto(`${origin}no/such/page`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Page not found');
  });

  it('shows a page asked for by its file name at its own address, from the server and offline', async (test) => {
    const { page, context } = await openPage(browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    const base = site().basePath;
    const post = index.posts[0]!;
    const address = () => page.evaluate(() => `${location.pathname}${location.search}`);
    const askForHome = async () => {
      await page.goto(`${server.url}index.html`);
      await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);
      expect(await address()).toBe(base);
    };
    const askForPost = async () => {
      await page.goto(`${server.url}posts/${post.slug}.html?from=feed`);
      await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
      expect(await address()).toBe(`${base}posts/${post.slug}?from=feed`);
    };
    // The first visit, from the server; then from the service worker, online and offline.
    await askForHome();
    await waitUntilReadyOffline(page);
    await askForPost();
    await goOffline(context, page);
    await askForHome();
    await askForPost();
  });

  it('shows a page at its own address on a host that also serves it by its file name', async (test) => {
    // No service worker, and a host (GitHub Pages, say) that answers `x.html` itself: the app sets the address right.
    const { page } = await openPage(browser, test, { serviceWorkers: 'block' });
    const base = site().basePath;
    const post = index.posts[0]!;
    const servedByName = (file: string) => (route: Route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', path: path.join(site().distDir, file) });
    await page.route(`${server.url}index.html`, servedByName('index.html'));
    await page.route(`${server.url}posts/${post.slug}.html`, servedByName(`posts/${post.slug}.html`));

    await page.goto(`${server.url}index.html`);
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(base);
    await expect.poll(() => page.locator('main .post-card').count()).toBe(index.posts.length);
    await page.goto(`${server.url}posts/${post.slug}.html`);
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(`${base}posts/${post.slug}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
    // Hydrated as itself, not rendered afresh as Not found: its controls work.
    await page.getByRole('button', { name: `Bookmark ${post.title}` }).click();
    await expect
      .poll(() => page.getByRole('button', { name: `Bookmark ${post.title}` }).getAttribute('aria-pressed'))
      .toBe('true');
  });

  it('marks external links in posts as needing a connection while offline', async (test) => {
    const { page, context } = await openPage(browser, test);
    const withLinks = index.posts.find((post) => post.slug === 'kubecon-2017-thoughts')!;
    await page.goto(`${server.url}posts/${withLinks.slug}`);
    await waitUntilReadyOffline(page);
    const external = page.locator('.post-body a[rel~="noopener"]').first();
    const marker = () => external.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await marker()).toBe('none');
    await goOffline(context, page);
    await expect.poll(marker).toBe('" (needs a connection)"');
  });

  it('keeps feeds and other files real files, not the app', async (test) => {
    const { page } = await openPage(browser, test, {}, { consoleErrors: [BROWSER_LOGS.notFound] });
    await page.goto(server.url);
    await waitUntilReadyOffline(page);
    const feed = await page.evaluate(async () => (await fetch('feed.xml')).text());
    expect(feed).toContain('<rss');
    const missing = await page.evaluate(async () => (await fetch('no-such-file.pdf')).status);
    expect(missing).toBe(404);
  });
}

// first visit → the bodies arrive slowly → "Saving posts for offline: 0 of N" shows, calmly (no
// live region) → the bodies arrive → it goes away and "Ready to read offline" says it is done.
describe('saving posts for offline on the first visit', () => {
  const site = useServedSite();

  it('shows how many posts are saved while the bodies download, and goes away when done', async (test) => {
    const { page } = await openPage(site.browser, test);
    const index = readBuiltIndex(inject('distDir'));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/bundles\/[0-9a-f]+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    // The service worker would otherwise precache the bodies and, once it controls the page,
    // answer the sync's requests itself, out of the route's reach: it is registered on release.
    await page.exposeFunction('bodiesReleased', () => held);
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      const released = (window as unknown as { bodiesReleased: () => Promise<void> }).bodiesReleased;
      container.register = async (...args) => {
        await released();
        return register(...args);
      };
    });
    await page.goto(site.server.url);

    const progress = page.getByText(`Saving posts for offline: 0 of ${index.posts.length}`);
    await progress.waitFor();
    const bar = page.getByRole('progressbar', { name: `Saving posts for offline: 0 of ${index.posts.length}` });
    expect(await bar.getAttribute('max')).toBe(String(index.posts.length));
    // Not announced on every batch: the message sits outside the polite status region.
    expect(await progress.evaluate((element) => element.closest('[aria-live], [role="status"]'))).toBeNull();

    release();
    await waitUntilReadyOffline(page);
    expect(await page.getByText(/Saving posts for offline/).count()).toBe(0);
  });
});
