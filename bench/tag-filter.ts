// Times "press a tag chip → the list shows that tag's posts" on the production build in real
// Chromium, with 10,000 synthetic posts in the page's real IndexedDB (schema v2: posts and
// summaries). Prints p50 and p95.
// Run: npm run bench:tags (ROUNDS=60 POSTS=10000 to change the defaults).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { HEAD_TAGS } from '../scripts/corpus/vocabulary.ts';
import { timeChip } from './scale/in-page.ts';

// The two functions at the end run inside the page. This project (bench/ is Node code) has no DOM
// types, so they reach the page's globals through this loosely typed handle.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = path.join(ROOT, '.e2e', 'bench-dist');
const POSTS = Number(process.env.POSTS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 60);
// The corpus generator's most common tags, named like the real posts' ones, so the synthetic posts
// share the real chips.
const TAGS = HEAD_TAGS;

const executablePath = findChromium();
if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);

console.log('Building the site…');
const build = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', OUT_DIR, '--emptyOutDir'],
  {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  },
);
if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);

const server = await startStaticServer({ root: OUT_DIR, port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath, headless: false, args: [...BENCH_CHROMIUM_ARGS] });
try {
  // No service worker, so the page's own requests can be routed: the post index below.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // tsx wraps named inner functions in a `__name` helper that the page does not have.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.goto(server.url);
  await page.locator('.post-card').first().waitFor({ timeout: 60_000 });

  const posts = makePosts(POSTS);
  console.log(`Inserting ${POSTS} synthetic posts into IndexedDB…`);
  await page.evaluate(insertPosts, posts);
  // The app's sync removes posts its index does not list, so from now on the index lists them too:
  // the manifest names one more shard holding their summaries (same hashes: no bundle is
  // fetched). The reload then reads everything afresh through Dexie.
  const benchShard = 'data/shards/bench-synthetic.json';
  await page.route(/\/data\/index\.[0-9a-f]+\.json$/, async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { total: number; shards: string[] };
    await route.fulfill({
      response,
      json: { ...manifest, total: manifest.total + posts.length, shards: [...manifest.shards, benchShard] },
    });
  });
  await page.route(`**/${benchShard}`, (route) =>
    route.fulfill({
      json: {
        posts: posts.map(({ html: _html, headings: _headings, ...summary }) => ({ ...summary, bundle: 'none' })),
      },
    }),
  );
  await page.reload();
  // A chip reads "kubernetes 4 posts": its name, then its count (see TagWithCount).
  const kubernetes = page.locator('button.tag-chip').filter({
    has: page.locator('.tag-chip-name', { hasText: /^kubernetes$/ }),
  });
  const chipCount = async () =>
    Number(/^(\d+)/.exec((await kubernetes.locator('.tag-chip-count').textContent()) ?? '')?.[1]);
  while (!((await chipCount()) > POSTS / 10)) await page.waitForTimeout(100);

  console.log(`Chips ready; timing ${ROUNDS} presses…`);
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const tag = TAGS[round % TAGS.length]!;
    timings.push((await page.evaluate(timeChip, tag)).dom);
    await page.evaluate(timeChip, tag); // deselect again, untimed
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
  console.log(
    `chip press → list updated, ${POSTS} posts, ${ROUNDS} rounds: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (target: p95 ≤ 16 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}

/** Synthetic posts with a skewed tag mix: low-index tags are common, the tail is rare. */
function makePosts(count: number) {
  // mulberry32: a small seeded generator, so every run measures the same posts.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: count }, (_, i) => {
    const own = new Set<string>();
    const n = 1 + Math.floor(random() * 4);
    while (own.size < n) own.add(TAGS[Math.floor(random() ** 2 * TAGS.length)]!);
    return {
      slug: `synthetic-${i}`,
      title: `Synthetic post ${i}`,
      date: new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString(),
      tags: [...own],
      summary: `A synthetic post for the tag filter benchmark, number ${i}.`,
      words: 800,
      readingMinutes: 4,
      draft: false,
      hash: `bench${i}`,
      html: `<p>Body of synthetic post ${i}.</p>`.repeat(10),
      headings: [],
    };
  });
}

/** In the page: writes posts straight into the app's stores (schema v2: posts, and summaries without bodies). */
function insertPosts(posts: { html: string; headings: unknown[] }[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = (globalThis as Loose).indexedDB.open('kubecon-field-notes');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['posts', 'summaries'], 'readwrite');
      for (const post of posts) {
        const { html: _html, headings: _headings, ...summary } = post;
        tx.objectStore('posts').put(post);
        tx.objectStore('summaries').put(summary);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
