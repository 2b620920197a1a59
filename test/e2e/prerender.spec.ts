// Every page is prerendered at build time and hydrated in the browser (src/build/prerender/prerender-plugin.ts,
// src/app/prerender/). These tests read the pages with JavaScript off, check that hydration adopts
// the prerendered markup without rebuilding it, and that offline navigations get each page's own HTML.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

const index = readBuiltIndex(inject('distDir'));
const newest = index.posts[0]!;
const sharedTag = 'kubernetes';
const taggedTitles = index.posts.filter((post) => post.tags.includes(sharedTag)).map((post) => post.title);

describe('prerendered pages', () => {
  const site = useServedSite();
  const url = (path: string) => new URL(path, site.server.url).href;

  describe('with JavaScript disabled', () => {
    it('the home page lists every post with its summary, tags and link', async (test) => {
      const { page } = await openPage(site.browser, test, { javaScriptEnabled: false });
      await page.goto(site.server.url);
      const list = page.getByRole('list', { name: 'Posts' });
      for (const post of index.posts) {
        const link = list.getByRole('link', { name: post.title, exact: true });
        expect(await link.getAttribute('href')).toBe(`/posts/${post.slug}`);
      }
      expect(await list.innerText()).toContain(newest.summary.slice(0, 60));
      expect(await list.getByRole('link', { name: `#${sharedTag}`, exact: true }).count()).toBe(taggedTitles.length);
      expect(await page.title()).toBe(index.site.title);
    });

    it('a post page holds the whole article, its title, description and tags', async (test) => {
      const { page } = await openPage(site.browser, test, { javaScriptEnabled: false });
      const response = await page.goto(url(`posts/${newest.slug}`));
      expect(response?.status()).toBe(200);
      await expectHeading(page, newest.title);
      const body = await page.locator('.post-body').innerText();
      expect(body.split(/\s+/).filter(Boolean).length).toBeGreaterThan(newest.words * 0.8);
      expect(await page.title()).toBe(`${newest.title} · ${index.site.title}`);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(newest.summary);
      for (const tag of newest.tags) {
        expect(
          await page
            .locator('article')
            .getByRole('link', { name: `#${tag}`, exact: true })
            .count(),
        ).toBe(1);
      }
    });

    it('a tag page lists exactly the posts with that tag, and /tags lists every tag', async (test) => {
      const { page } = await openPage(site.browser, test, { javaScriptEnabled: false });
      await page.goto(url(`tags/${sharedTag}`));
      await expectHeading(page, sharedTag);
      const titles = await page
        .getByRole('list', { name: `Posts tagged ${sharedTag}` })
        .locator('h2')
        .allInnerTexts();
      expect(titles.map((title) => title.trim()).sort()).toEqual([...taggedTitles].sort());

      await page.goto(url('tags'));
      const tags = new Set(index.posts.flatMap((post) => post.tags));
      expect(await page.getByRole('list', { name: 'Tags' }).getByRole('link').count()).toBe(tags.size);
    });

    it('every page tells link previews and search engines its address, title and summary', async (test) => {
      const { page } = await openPage(site.browser, test, { javaScriptEnabled: false });
      const pages = [
        { path: '', title: index.site.title, description: index.site.description, type: 'website' },
        { path: `posts/${newest.slug}`, title: newest.title, description: newest.summary, type: 'article' },
        { path: 'tags', title: 'Tags', type: 'website' },
        { path: `tags/${sharedTag}`, title: `Posts tagged ${sharedTag}`, type: 'website' },
        { path: 'bookmarks', title: 'Bookmarks', type: 'website' },
        { path: 'offline', title: 'Offline & storage', type: 'website' },
      ];
      for (const expected of pages) {
        await page.goto(url(expected.path));
        const head = await headOf(page);
        const address = new URL(expected.path, index.site.baseUrl).href;
        expect(head, `/${expected.path}`).toMatchObject({
          canonical: address,
          'og:url': address,
          'og:title': expected.title,
          'og:type': expected.type,
          'og:site_name': index.site.title,
          'twitter:card': 'summary',
        });
        expect(head['og:description']).toBe(head.description);
        if (expected.description) expect(head.description).toBe(expected.description);
        else expect(head.description).not.toBe(index.site.description);
      }
      expect((await headOf(page))['article:published_time']).toBeUndefined();
      await page.goto(url(`posts/${newest.slug}`));
      expect((await headOf(page))['article:published_time']).toBe(newest.date);
    });

    it('an unknown path gets the Not found page with status 404', async (test) => {
      const { page } = await openPage(
        site.browser,
        test,
        { javaScriptEnabled: false },
        { consoleErrors: [BROWSER_LOGS.notFound] },
      );
      const response = await page.goto(url('no/such/page'));
      expect(response?.status()).toBe(404);
      await expectHeading(page, 'Page not found');
      // It answers for any address, so it claims none.
      const head = await headOf(page);
      expect(head.canonical).toBeUndefined();
      expect(head['og:url']).toBeUndefined();
      expect(head['og:title']).toBe('Page not found');
    });
  });

  describe('hydration', () => {
    const pages = ['', `posts/${newest.slug}`, 'tags', `tags/${sharedTag}`, 'bookmarks'];
    for (const path of pages) {
      it(`adopts the prerendered markup of /${path} without rebuilding it`, async (test) => {
        const { page, errors } = await openPage(site.browser, test);
        await page.addInitScript(recordElementChurnUntilHydrated);
        await page.goto(url(path));
        await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
        const churn = await page.evaluate(() => (window as unknown as { churn: string[] }).churn);
        expect(churn).toEqual([]);
        expect(errors).toEqual([]);
      });
    }

    it('adopts the markup for a reader the server knew nothing of (saved dark theme, iPhone), then shows their state', async (test) => {
      const { page, errors } = await openPage(site.browser, test, {
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        viewport: { width: 375, height: 700 },
      });
      await page.addInitScript(() =>
        localStorage.setItem('field-notes:reader-settings', JSON.stringify({ theme: 'dark', fontSize: 'large' })),
      );
      await page.addInitScript(recordElementChurnUntilHydrated);
      await page.goto(url(`posts/${newest.slug}`));
      const churn = await page.evaluate(() => (window as unknown as { churn: string[] }).churn);
      expect(churn).toEqual([]);
      await page.getByRole('button', { name: 'Theme: Dark' }).waitFor();
      await page.getByRole('complementary', { name: 'Install Field Notes' }).waitFor();
      expect(errors).toEqual([]);
    });

    it('keeps the prerendered article and list when IndexedDB takes over, so scrolling and focus stay put', async (test) => {
      const { page, errors } = await openPage(site.browser, test);
      const mark = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => Object.assign(element, { prerendered: true }));
      const stillMarked = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => 'prerendered' in element);
      // Every part of a post page: its text, heading, contents, neighbours and related posts.
      const postParts = [
        '.post-body > *',
        '.post-header h1',
        '.toc-aside .toc li',
        '.toc-details .toc li',
        '.post-navigation-title',
        '.related-posts li',
      ];
      const sectioned = index.posts[1]!;
      await page.goto(url(`posts/${sectioned.slug}`));
      for (const part of postParts) await mark(part);
      // Text nodes too: a heading whose text node is replaced has been rendered again.
      const markText = () =>
        page.evaluate(() =>
          document
            .querySelectorAll('.post-header h1, .post-navigation-title')
            .forEach((element) => Object.assign(element.firstChild!, { prerendered: true })),
        );
      const textStillMarked = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.post-header h1, .post-navigation-title')].map(
            (element) => 'prerendered' in element.firstChild!,
          ),
        );
      await markText();
      await waitUntilReadyOffline(page);
      for (const part of postParts) expect(await stillMarked(part), part).toBe(true);
      expect(await textStillMarked()).not.toContain(false);

      await page.goto(site.server.url);
      await mark('.post-list > li');
      await page.reload();
      await mark('.post-list > li');
      // On a return visit the stored posts replace the seed as soon as they are read.
      await waitForMilestone(page, 'page-database-open');
      // Nothing to wait for when nothing changes: give the live query's first read time to land.
      await page.waitForTimeout(500);
      expect(await stillMarked('.post-list > li')).toBe(true);
      expect(errors).toEqual([]);
    });

    it('keeps the tag index and the tag chips when IndexedDB takes over on a first visit', async (test) => {
      // Marks every element (or, with `text`, its text node) matching `selector`, then says
      // which ones have lost their mark: rendered again, though nothing about them changed.
      const track = (page: Page, selector: string, text: boolean) => {
        return {
          mark: () =>
            page.evaluate(
              ([sel, inText]) =>
                [...document.querySelectorAll(sel as string)]
                  .map((element) => (inText ? element.firstChild! : element))
                  .forEach((node) => Object.assign(node, { prerendered: true })),
              [selector, text] as const,
            ),
          lost: () =>
            page.evaluate(
              ([sel, inText]) =>
                [...document.querySelectorAll(sel as string)]
                  .map((element) => (inText ? element.firstChild! : element))
                  .filter((node) => !('prerendered' in node)).length,
              [selector, text] as const,
            ),
        };
      };
      for (const [path, selector, text] of [
        ['tags', '.tag-index li', false],
        ['', '.tag-chip-name', true],
      ] as const) {
        const { page, errors } = await openPage(site.browser, test);
        await page.goto(url(path));
        const parts = track(page, selector, text);
        await parts.mark();
        expect(await page.locator(selector).count()).toBeGreaterThan(2);
        await waitUntilReadyOffline(page);
        expect(await parts.lost(), `${selector} on /${path}`).toBe(0);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

    it('a client-side navigation rewrites the head for the page it reaches, leaving one of each', async (test) => {
      const { page } = await openPage(site.browser, test);
      await page.goto(site.server.url);
      await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      await page.getByRole('list', { name: 'Posts' }).getByRole('link', { name: newest.title, exact: true }).click();
      await expectHeading(page, newest.title);
      const address = new URL(`posts/${newest.slug}`, index.site.baseUrl).href;
      await expect
        .poll(() => headOf(page))
        .toMatchObject({
          canonical: address,
          'og:url': address,
          'og:title': newest.title,
          'og:description': newest.summary,
          'og:type': 'article',
        });
      await page.evaluate(() => history.pushState(null, '', '/no/such/page'));
      await page.evaluate(() => dispatchEvent(new PopStateEvent('popstate')));
      await expectHeading(page, 'Page not found');
      await expect
        .poll(async () => {
          const head = await headOf(page);
          return [head['og:title'], head.canonical, head['og:url']];
        })
        .toEqual(['Page not found', undefined, undefined]);
      const counts = await page.evaluate(() =>
        ['link[rel="canonical"]', 'meta[property="og:title"]', 'meta[name="twitter:card"]'].map(
          (selector) => document.head.querySelectorAll(selector).length,
        ),
      );
      expect(counts).toEqual([0, 1, 1]);
    });

    it('is live after hydration: a bookmark toggles and the header counts it', async (test) => {
      const { page, errors } = await openPage(site.browser, test);
      await page.goto(url(`posts/${newest.slug}`));
      await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      const toggle = page.locator('article').getByRole('button', { name: `Bookmark ${newest.title}` });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('link', { name: /^Bookmarks 1 saved$/ }).waitFor();
      expect(errors).toEqual([]);
    });

    it('loads the app and the web app manifest only after the first contentful paint', async (test) => {
      const { page, errors } = await openPage(site.browser, test);
      const response = await page.goto(url(`posts/${newest.slug}`));
      expect(await response?.text()).not.toContain('rel="manifest"');
      await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      const { firstPaint, requests, manifestLink } = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        requests: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
          path: new URL(entry.name).pathname,
          start: entry.startTime,
        })),
        manifestLink: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href,
      }));
      expect(firstPaint).toBeGreaterThan(0);
      const app = requests.filter((request) => request.path.startsWith('/assets/'));
      expect(app.length).toBeGreaterThan(0);
      expect(Math.min(...app.map((request) => request.start))).toBeGreaterThan(firstPaint!);
      // Installing still finds the manifest: the link is there once the page is live.
      expect(manifestLink).toBe(url('manifest.webmanifest'));
      const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), manifestLink!);
      expect(manifest).toMatchObject({ name: index.site.title });
      expect(errors).toEqual([]);
    });

    for (const path of ['', `posts/${newest.slug}`]) {
      it(`asks for every module /${path} hydrates with beside the entry, each once`, async (test) => {
        const { page, errors } = await openPage(site.browser, test);
        const requested: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
        });
        // The entry is held back: only what is asked for beside it can be requested meanwhile.
        let releaseEntry!: () => void;
        const entryHeld = new Promise<void>((resolve) => (releaseEntry = resolve));
        await page.route('**/assets/index-*.js', async (route) => {
          await entryHeld;
          await route.continue();
        });
        const navigation = page.goto(url(path));
        const app = page.locator('meta[name="field-notes:app"]');
        await app.waitFor({ state: 'attached' });
        const entry = (await app.getAttribute('content'))!;
        const preload = (await app.getAttribute('data-preload'))!.split(' ');
        // The shell, and on a post its page's chunk: the modules that used to come a level later.
        expect(preload).toContainEqual(expect.stringMatching(/^\/assets\/App-[\w-]+\.js$/));
        if (path) expect(preload).toContainEqual(expect.stringMatching(/^\/assets\/PostPage-[\w-]+\.js$/));
        expect(preload).not.toContain(entry);
        await expect.poll(() => preload.filter((file) => !requested.includes(file)), { timeout: 10_000 }).toEqual([]);
        expect(requested[0]).toBe(entry);

        releaseEntry();
        await navigation;
        // The preloads and the app's own imports shared one fetch each.
        for (const file of [entry, ...preload]) expect(requested.filter((other) => other === file)).toHaveLength(1);
        expect(errors).toEqual([]);
      });
    }

    it('inlines in each page its own styles, and a post reached from home is styled as one opened directly', async (test) => {
      const { page, errors } = await openPage(site.browser, test);
      const home = await page.goto(site.server.url);
      // The post's prose styles come with its page's chunk, not in every page.
      expect(await home?.text()).not.toContain('.post-body');
      await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      const bodyStyle = () =>
        page.locator('.post-body').evaluate((body) => {
          const { hyphens, fontSize, lineHeight, maxWidth } = getComputedStyle(body);
          return { hyphens, fontSize, lineHeight, maxWidth };
        });
      await page.getByRole('link', { name: newest.title, exact: true }).first().click();
      await page.locator('.post-body').waitFor();
      // Read as soon as the post is there: its styles arrived before it was rendered.
      const reached = await bodyStyle();
      expect(reached.hyphens).toBe('auto');

      const direct = await page.goto(url(`posts/${newest.slug}`));
      expect(await direct?.text()).toContain('.post-body');
      expect(await bodyStyle()).toEqual(reached);
      expect(errors).toEqual([]);
    });

    it('a filtered address hydrates the home page, then applies the filter', async (test) => {
      const { page, errors } = await openPage(site.browser, test);
      await page.goto(url(`?tags=ci-cd`));
      await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      const cicd = index.posts.filter((post) => post.tags.includes('ci-cd')).map((post) => post.title);
      const list = page.getByRole('list', { name: 'Posts' });
      await expect.poll(async () => (await list.locator('h2').allInnerTexts()).map((t) => t.trim())).toEqual(cicd);
      expect(errors).toEqual([]);
    });
  });

  it('offline, a navigation gets that page’s own prerendered HTML, and Not found for the rest', async (test) => {
    const { page, context, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await goOffline(context, page);

    const post = await page.goto(url(`posts/${newest.slug}`));
    expect(post?.fromServiceWorker()).toBe(true);
    expect(await post?.text()).toContain(`data-prerendered="/posts/${newest.slug}"`);
    await expectHeading(page, newest.title);

    const tag = await page.goto(url(`tags/${sharedTag}/`));
    expect(await tag?.text()).toContain(`data-prerendered="/tags/${sharedTag}"`);

    const unknown = await page.goto(url('no/such/page'));
    expect(await unknown?.text()).toContain('data-prerendered="/404"');
    await expectHeading(page, 'Page not found');
    expect(errors).toEqual([]);
  });
});

async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 15_000 });
}

/**
 * Runs before any page script: records every element added to or removed from `#app` until the
 * app marks it hydrated. Hydration that adopts the server's markup adds and removes none; a
 * mismatch makes Solid build fresh elements beside (or instead of) the prerendered ones.
 */
function recordElementChurnUntilHydrated(): void {
  const churn: string[] = [];
  (window as unknown as { churn: string[] }).churn = churn;
  let done = false;
  const describe = (node: Node) => (node instanceof Element ? `${node.localName}.${node.className}` : '');
  const observer = new MutationObserver((records) => record(records));
  function record(records: MutationRecord[]): void {
    for (const mutation of records) {
      if (done) return;
      if (mutation.type === 'attributes') {
        done = true;
        observer.disconnect();
        return;
      }
      const app = document.getElementById('app');
      if (!app || (!app.contains(mutation.target) && mutation.target !== app)) continue;
      for (const node of mutation.addedNodes) if (node instanceof Element) churn.push(`added ${describe(node)}`);
      for (const node of mutation.removedNodes) if (node instanceof Element) churn.push(`removed ${describe(node)}`);
    }
  }
  // The parser building the prerendered markup is not churn: start once it is done. The app
  // itself is only loaded after the page's load event (public/boot.js).
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-hydrated'],
    });
  });
}

/** The page's description, canonical link and link-preview meta, keyed by name or property. */
function headOf(page: Page): Promise<Record<string, string | undefined>> {
  return page.evaluate(() => {
    const head: Record<string, string | undefined> = {};
    for (const meta of document.head.querySelectorAll('meta[name], meta[property]')) {
      head[meta.getAttribute('property') ?? meta.getAttribute('name') ?? ''] = meta.getAttribute('content') ?? '';
    }
    head.canonical = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
    return head;
  });
}
