import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeCorpus } from '../../scripts/corpus/write.ts';
import { chunksReaching } from '../../src/app/search/chunk-ranges.ts';
import { buildSite } from '../../src/build/content/build-site.ts';
import { writeSearchIndex } from '../../src/build/content/search-index.ts';
import type { FragmentList, IndexChunkRanges } from '../../src/shared/search.ts';
import { SEARCH_CACHE, SEARCH_CHUNK_RANGES, SEARCH_FOLDER, SEARCH_FRAGMENT_LIST } from '../../src/shared/search.ts';
import { launchBrowser } from './support/chromium.ts';
import { layoutShiftsOf, watchLayoutShifts } from './support/layout-shifts.ts';
import { indexChunks, pagesWithPrefix } from './support/pagefind-index.ts';
import { goOffline } from './support/offline.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { waitUntilReadyOffline } from './support/site-data.ts';

const OLD_POST_TITLE = 'Insights from KubeCon EU 2016: Kubernetes vs. reality';
// Word for word from that post's body, never shown on the home page.
const OLD_POST_SENTENCE = '"earning respect at his first spoken sentence"';

describe('search', () => {
  let browser: Browser;
  let server: StaticServer;
  const distDir = () => inject('distDir');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // One server for the file, closed after every page (openPage closes them once a test has
  // finished, after afterEach): a page's late request, its favicon say, never meets a closed port.
  // The offline test stops a server of its own.
  beforeAll(async () => {
    server = await serveBuild(distDir());
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The results' titles, once the count for `query` is shown. */
  async function resultsFor(page: Page, query: string): Promise<string[]> {
    await expect.poll(() => page.locator('.search-count').textContent()).toContain(`for “${query}”`);
    return page.locator('.search-result h2').allTextContents();
  }

  it('after one visit of the home page, offline with the server gone, finds a sentence of a post never opened and opens it', async (test) => {
    const own = await serveBuild(distDir());
    // Closed by the test itself once the page has what it needs; this is for a test that failed first.
    test.onTestFinished(() => own.close().catch(() => undefined));
    const { page, context } = await openPage(browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    await page.goto(own.url);
    await waitUntilReadyOffline(page);
    const list = JSON.parse(readFileSync(path.join(distDir(), SEARCH_FRAGMENT_LIST), 'utf8')) as FragmentList;
    // The index's post texts are saved after the posts, in the background.
    await expect
      .poll(() => page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, SEARCH_CACHE))
      .toBe(list.files.length);
    await own.close();
    await goOffline(context, page);

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type(OLD_POST_SENTENCE);
    expect(await resultsFor(page, OLD_POST_SENTENCE)).toEqual([OLD_POST_TITLE]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(OLD_POST_SENTENCE);
    // The matched words are marked in the excerpt.
    expect(await page.locator('.search-excerpt mark').allTextContents()).toContain('spoken');
    await page.getByRole('link', { name: OLD_POST_TITLE }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(OLD_POST_TITLE);

    await page.goto(`${own.url}offline`);
    await expect.poll(() => page.locator('dd', { hasText: 'Ready offline' }).count()).toBe(1);
  });

  it('matches the last word as a prefix from its second letter and a tag by its name, narrows by tag, and keeps it all in the address', async (test) => {
    const { page } = await openPage(browser, test);
    await page.goto(server.url);
    await page.locator('#site-search').fill('kube');
    const all = await resultsFor(page, 'kube');
    expect(all.length).toBeGreaterThan(1);
    expect(await page.locator('.search-excerpt mark').first().textContent()).toMatch(/^Kube/);

    // A lone letter is not searched: alone, the page asks for a second; after a word, that word's results stay.
    await page.locator('#site-search').fill('k');
    await expect.poll(() => page.locator('.search-count').textContent()).toContain('second letter');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.locator('#site-search').fill('kube k');
    expect(await resultsFor(page, 'kube')).toEqual(all);

    // A tag's name finds the posts carrying it (the only published post tagged open-source).
    await page.locator('#site-search').fill('open-source');
    expect(await resultsFor(page, 'open-source')).toEqual([OLD_POST_TITLE]);

    await page.locator('#site-search').fill('kubecon');
    const before = await resultsFor(page, 'kubecon');
    await page.getByRole('button', { name: /service-mesh/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tags')).toBe('service-mesh');
    await expect
      .poll(() => page.locator('.search-result h2').allTextContents())
      .toEqual(['Kubernetes Trends at KubeCon 2017']);

    // The address alone brings the same search back, and Back undoes the tag.
    const address = page.url();
    await page.goto(address);
    await expect
      .poll(() => page.locator('.search-result h2').allTextContents())
      .toEqual(['Kubernetes Trends at KubeCon 2017']);
    await page.goBack();
    await expect.poll(() => page.locator('.search-result h2').allTextContents()).toEqual(before);
  });

  it('counts every post with a word that begins with what is typed, however the index is split (200 generated posts)', async (test) => {
    // The site's own pages with the index of a generated corpus, large enough that Pagefind
    // splits its words into chunks.
    const dir = await mkdtemp(path.join(tmpdir(), 'field-notes-search-chunks-'));
    test.onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const site = path.join(dir, 'site');
    await cp(distDir(), site, { recursive: true });
    await rm(path.join(site, SEARCH_FOLDER), { recursive: true });
    const corpus = await writeCorpus({ posts: 200, seed: 7, vocabulary: 'wide' }, path.join(dir, 'content'));
    const built = await buildSite({ contentDir: corpus, publicDir: corpus, includeDrafts: false, displayRoot: dir });
    await writeSearchIndex(site, built.posts, '/', 'en');

    const ranges = JSON.parse(readFileSync(path.join(site, SEARCH_CHUNK_RANGES), 'utf8')) as IndexChunkRanges;
    const chunks = await indexChunks(path.join(site, SEARCH_FOLDER));
    expect(chunks.length).toBe(ranges.length);
    // Prefixes whose words run on past the chunk they sort into: that chunk alone holds fewer posts.
    const prefixes = [...new Set(chunks.flatMap((words) => [...words.keys()].map((word) => word.slice(0, 2))))]
      .sort()
      .filter((prefix) => /^[a-z]{2}$/.test(prefix))
      .filter((prefix) => {
        const reached = chunksReaching(ranges, prefix).map((chunk) => chunks[chunk]!);
        return pagesWithPrefix(reached.slice(0, 1), prefix) < pagesWithPrefix(reached, prefix);
      })
      .slice(0, 4);
    expect(prefixes.length).toBeGreaterThan(0);

    const own = await serveBuild(site);
    test.onTestFinished(() => own.close());
    for (const prefix of prefixes) {
      // A fresh page each time: no earlier search has loaded any chunk.
      const { page } = await openPage(browser, test, { serviceWorkers: 'block' });
      await page.goto(`${own.url}search?q=${prefix}`);
      await resultsFor(page, prefix);
      expect(await page.locator('.search-count').textContent()).toMatch(
        new RegExp(`^${pagesWithPrefix(chunks, prefix)} posts? for`),
      );
    }
  });

  it('shows the results with their tag chips, so nothing moves when the chips are slow to come', async (test) => {
    // A first visit on a phone with a slow connection: the tag filter the chips count from comes late.
    const { page, context } = await openPage(browser, test, {
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
    });
    await context.route('**/pagefind/filter/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await watchLayoutShifts(page, 'main');
    await page.goto(server.url);
    // The blocked worker's notice comes first, above everything, as it does whenever the app gets to it.
    await page.getByText(/can't be saved for offline reading/).waitFor();
    await page.locator('#site-search').fill('kubernetes');
    expect((await resultsFor(page, 'kubernetes')).length).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.tag-chip').count()).toBeGreaterThan(1);
    expect(await layoutShiftsOf(page)).toMatchObject({ shift: 0 });
  });

  it('shows a query of markup as text and runs none of it', async (test) => {
    const { page } = await openPage(browser, test);
    await page.goto(server.url);
    const query = '<img src=x onerror="window.__xss=1">';
    await page.locator('#site-search').fill(query);
    // Pagefind matches the query's words (img, src…) loosely; what matters is how it is shown.
    await expect.poll(() => page.locator('.search-count').textContent()).toContain(`“${query}”`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.title()).toContain(query);
  });

  it('names the tag filter when it is why nothing matches, and clears it in one press', async (test) => {
    const { page } = await openPage(browser, test);
    await page.goto(`${server.url}search?q=kubernetes&tags=nope`);
    await expect
      .poll(() => page.locator('.search-count').textContent())
      .toBe('No post tagged “nope” matches “kubernetes”.');
    await page.getByRole('button', { name: 'Search every post for “kubernetes”' }).click();
    expect((await resultsFor(page, 'kubernetes')).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('tags')).toBeNull();
    expect(await page.locator('.search-count').textContent()).toMatch(/^\d+ posts? for “kubernetes”/);
  });

  it('says without JavaScript that search needs it, and links to the tags', async (test) => {
    const { page } = await openPage(browser, test, { javaScriptEnabled: false });
    await page.goto(`${server.url}search?q=kube`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search');
    expect(await page.getByText(/needs JavaScript/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'browse the posts by tag' }).getAttribute('href')).toBe('/tags');
  });
});
