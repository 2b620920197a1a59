// npm run bench:search [-- --sizes 100,1000,10000 --queries 60 --seed 42 --vocabulary small|wide]:
// for each size, generates a corpus (scripts/corpus/generate.ts says what the vocabularies are),
// builds the site, and measures search: the index's build time and size, the bytes a first query
// fetches online, keystroke-to-results latency online and offline, and the storage the index adds
// on the device. Prints a table. See bench/README.md.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { writeCorpus } from '../scripts/corpus/write.ts';
import { findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { buildSite as buildContent } from '../src/build/content/build-site.ts';
import { writeSearchIndex } from '../src/build/content/search-index.ts';
import { searchableQuery } from '../src/shared/searchable-query.ts';
import { SEARCH_CACHE, SEARCH_FRAGMENT_LIST, type FragmentList } from '../src/shared/search.ts';
import { ROOT } from './build-site.ts';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';
import { buildOurs } from './scale/ours.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    queries: { type: 'string', default: '60' },
    seed: { type: 'string', default: '42' },
    vocabulary: { type: 'string', default: 'small' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const queryCount = Number(values.queries);
const seed = Number(values.seed);
const vocabulary = values.vocabulary;
if (vocabulary !== 'small' && vocabulary !== 'wide')
  throw new Error(`--vocabulary is small or wide, not ${vocabulary}`);
const chromePath = findChromium();
if (!chromePath) throw new Error(`npm run bench:search needs Chromium. ${INSTALL_HINT}`);
const DIST = path.join(ROOT, '.e2e', 'search-bench');
const INDEX_ONLY = path.join(ROOT, '.e2e', 'search-bench-index');

interface SizeFigures {
  posts: number;
  indexBuildS: number;
  indexBytes: number;
  indexFiles: number;
  textBytes: number;
  firstQueryBytes: number;
  /** Of firstQueryBytes, the tag filter's: what the search page counts each tag's results from. */
  tagFilterBytes: number;
  online: Keystroke[];
  offline: Keystroke[];
  storageBytes: number;
  /** Seconds from "Ready to read offline" until every fragment is kept (polled each 0.5 s). */
  fragmentsSavedS: number;
}

/** One letter typed: ms from the key press to its results on screen, and how long the query's last word is then. */
interface Keystroke {
  ms: number;
  lastWordLetters: number;
}

const rows: SizeFigures[] = [];
const browser = await chromium.launch({ executablePath: chromePath, args: [...BENCH_CHROMIUM_ARGS] });
try {
  for (const posts of sizes) {
    console.log(`\n${posts} posts (${vocabulary} vocabulary): generating, building…`);
    const corpus = await writeCorpus({ posts, seed, vocabulary });
    // The index alone, timed apart from the rest of the build.
    const content = await buildContent({
      contentDir: corpus,
      publicDir: path.join(ROOT, 'public'),
      includeDrafts: false,
      displayRoot: ROOT,
    });
    await rm(INDEX_ONLY, { recursive: true, force: true });
    const started = performance.now();
    const index = await writeSearchIndex(INDEX_ONLY, content.posts, '/', content.index.site.language);
    const indexBuildS = (performance.now() - started) / 1000;
    const textBytes = content.posts.reduce((sum, post) => sum + Buffer.byteLength(textOf(post.html)), 0);
    const build = await buildOurs(ROOT, corpus, DIST);
    if (!build.ok) throw new Error(`build failed:\n${build.tail}`);
    const queryWords = wordsOf(content.posts.map((post) => `${post.title} ${post.summary}`).join(' '));
    const queries = pickQueries(queryWords, queryCount, seed);
    const list = JSON.parse(await readFile(path.join(DIST, SEARCH_FRAGMENT_LIST), 'utf8')) as FragmentList;
    const figures = await measureInBrowser(browser, DIST, queries, list);
    rows.push({
      posts,
      indexBuildS,
      indexBytes: index.bytes,
      indexFiles: index.files,
      textBytes,
      ...figures,
    });
    console.log(
      `index ${seconds(indexBuildS)}, first query ${kib(figures.firstQueryBytes)}, offline p95 ${ms(percentile(figures.offline, 95))}`,
    );
    await rm(corpus, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
printTable(rows);

async function measureInBrowser(
  browser: Browser,
  dist: string,
  queries: string[],
  list: FragmentList,
): Promise<
  Pick<SizeFigures, 'firstQueryBytes' | 'tagFilterBytes' | 'online' | 'offline' | 'storageBytes' | 'fragmentsSavedS'>
> {
  const server = await startStaticServer({ root: dist, port: 0, host: '127.0.0.1' });
  try {
    // Online, with no service worker: every byte the first query needs comes over the network.
    const online = await browser.newContext({ serviceWorkers: 'block' });
    const page = await online.newPage();
    await page.goto(server.url);
    await page.locator('#app[data-hydrated]').waitFor({ state: 'attached' });
    const { firstQueryBytes, tagFilterBytes } = await searchBytes(page, queries[0]!);
    const onlineTimes = await typeQueries(page, queries);
    await online.close();

    // Offline after one visit: the service worker has the index, the fragments included.
    const visit = await browser.newContext();
    const offlinePage = await visit.newPage();
    await offlinePage.goto(server.url);
    await offlinePage.locator('#app[data-hydrated]').waitFor({ state: 'attached' });
    await offlinePage.getByText(/Ready to read offline/).waitFor({ timeout: 300_000 });
    const readyAt = performance.now();
    const cacheName = JSON.stringify(SEARCH_CACHE);
    // Page code as text: this file is type-checked for Node, without the DOM's types.
    const savedFragments = `(async () => (await (await caches.open(${cacheName})).keys()).length)()`;
    while (((await offlinePage.evaluate(savedFragments)) as number) < list.files.length)
      await new Promise((resolve) => setTimeout(resolve, 500));
    const fragmentsSavedS = (performance.now() - readyAt) / 1000;
    const storageBytes = (await offlinePage.evaluate(`(async () => {
      const cache = await caches.open(${cacheName});
      let bytes = 0;
      for (const request of await cache.keys()) bytes += (await (await cache.match(request)).arrayBuffer()).byteLength;
      return bytes;
    })()`)) as number;
    await visit.setOffline(true);
    const offlineTimes = await typeQueries(offlinePage, queries);
    await visit.close();
    return {
      firstQueryBytes,
      tagFilterBytes,
      online: onlineTimes,
      offline: offlineTimes,
      storageBytes,
      fragmentsSavedS,
    };
  } finally {
    await server.close();
  }
}

/** Bytes of the search index fetched (as sent) from typing `query` until its results show; of them, the tag filter's. */
async function searchBytes(page: Page, query: string): Promise<{ firstQueryBytes: number; tagFilterBytes: number }> {
  // Pagefind fetches from its own worker too: the context sees the requests of both.
  const sizes: { tagFilter: boolean; bytes: Promise<number> }[] = [];
  const onFinished = (request: Request) => {
    if (!request.url().includes('/pagefind/')) return;
    const bytes = request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize);
    sizes.push({ tagFilter: request.url().includes('/pagefind/filter/'), bytes });
  };
  page.context().on('requestfinished', onFinished);
  await page.locator('#site-search').fill(query);
  await waitForResults(page, query);
  page.context().off('requestfinished', onFinished);
  const total = async (only: (size: { tagFilter: boolean }) => boolean) =>
    (await Promise.all(sizes.filter(only).map((size) => size.bytes))).reduce((sum, size) => sum + size, 0);
  return { firstQueryBytes: await total(() => true), tagFilterBytes: await total((size) => size.tagFilter) };
}

/** Types each query a letter at a time, timing every letter. */
async function typeQueries(page: Page, queries: string[]): Promise<Keystroke[]> {
  const times: Keystroke[] = [];
  for (const query of queries) {
    await page.locator('#site-search').fill('');
    await page.locator('#site-search').focus();
    let typed = '';
    for (const letter of query) {
      typed += letter;
      if (!typed.trim()) continue;
      const started = (await page.evaluate('performance.now()')) as number;
      await page.keyboard.type(letter);
      const shownAt = await waitForResults(page, typed);
      times.push({ ms: shownAt - started, lastWordLetters: typed.trimEnd().split(' ').at(-1)!.length });
    }
  }
  return times;
}

/**
 * Waits for the page's answer to `typed` to be on screen and painted: the results of what of it
 * is searched, or the request for a second letter. Returns the page's time then.
 */
async function waitForResults(page: Page, typed: string): Promise<number> {
  const searched = searchableQuery(typed);
  const answer = searched ? `“${searched}”` : 'second letter';
  // The moment is noted in the page, on the frame the results are first seen in.
  await page.waitForFunction(
    `(document.querySelector('.search-count')?.textContent ?? '').includes(${JSON.stringify(answer)}) && (globalThis.__shownAt = performance.now())`,
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await page.evaluate('globalThis.__shownAt')) as number;
}

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ');
}

function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
}

/** 1–3 words from the corpus vocabulary, the same for the same seed. */
function pickQueries(vocabulary: string[], count: number, seed: number): string[] {
  let state = seed >>> 0 || 1;
  const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(
      ' ',
    ),
  );
}

function percentile(keystrokes: Keystroke[], p: number): number {
  const sorted = keystrokes.map((keystroke) => keystroke.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function printTable(figures: SizeFigures[]): void {
  const line = (label: string, cell: (row: SizeFigures) => string) =>
    `| ${label.padEnd(44)} | ${figures.map((row) => cell(row).padEnd(22)).join(' | ')} |`;
  console.log(`\n${line('posts', (row) => row.posts.toLocaleString('en'))}`);
  console.log(`| ${'-'.repeat(44)} | ${figures.map(() => '-'.repeat(22)).join(' | ')} |`);
  console.log(line('index build time', (row) => seconds(row.indexBuildS)));
  console.log(line('index size (files)', (row) => `${mib(row.indexBytes)} (${row.indexFiles})`));
  console.log(line('index ÷ post text', (row) => (row.indexBytes / row.textBytes).toFixed(2)));
  console.log(line('first query online, bytes fetched', (row) => kib(row.firstQueryBytes)));
  console.log(line('of which the tag filter', (row) => kib(row.tagFilterBytes)));
  console.log(
    line(
      'keystroke → results p50 / p95, online',
      (row) => `${ms(percentile(row.online, 50))} / ${ms(percentile(row.online, 95))}`,
    ),
  );
  console.log(
    line(
      'keystroke → results p50 / p95, offline',
      (row) => `${ms(percentile(row.offline, 50))} / ${ms(percentile(row.offline, 95))}`,
    ),
  );
  const byLetters = (row: SizeFigures, test: (letters: number) => boolean) =>
    ms(
      percentile(
        row.offline.filter((keystroke) => test(keystroke.lastWordLetters)),
        95,
      ),
    );
  console.log(
    line(
      'offline p95, last word at 1 / 2 / 3+ letters',
      (row) =>
        `${byLetters(row, (n) => n === 1)} / ${byLetters(row, (n) => n === 2)} / ${byLetters(row, (n) => n >= 3)}`,
    ),
  );
  console.log(line('fragments kept on the device', (row) => mib(row.storageBytes)));
  console.log(line('fragments kept, after "ready offline"', (row) => seconds(row.fragmentsSavedS)));
}

function seconds(value: number): string {
  return `${value.toFixed(1)} s`;
}
function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
