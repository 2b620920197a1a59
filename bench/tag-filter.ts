// Times "press a tag chip → the list shows that tag's posts" on the production build in real
// Chromium, with 10,000 synthetic posts in the page's real IndexedDB. Prints p50 and p95.
// Run: npm run bench:tags (ROUNDS=60 POSTS=10000 to change the defaults).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';

// The two functions at the end run inside the page. This project (bench/ is Node code) has no DOM
// types, so they reach the page's globals through this loosely typed handle.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = path.join(ROOT, '.e2e', 'bench-dist');
const POSTS = Number(process.env.POSTS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 60);
// Names the real posts use too, so the synthetic ones share their chips; the first ones are common.
const TAGS = [
  'kubernetes',
  'conference',
  'containers',
  'open-source',
  'cloud-native',
  'ci-cd',
  'monitoring',
  'openstack',
  'serverless',
  'service-mesh',
  'extensibility',
  'security',
  'networking',
  'storage',
  'observability',
  'helm',
  'operators',
  'edge',
  'machine-learning',
  'gitops',
  'policy',
  'scheduling',
  'autoscaling',
  'multi-cluster',
];

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
const browser = await chromium.launch({ executablePath, headless: false, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  // Wait for the sync to finish, so it cannot remove the synthetic posts afterwards.
  await page.getByText(/Ready to read offline/).waitFor({ timeout: 60_000 });

  console.log(`Inserting ${POSTS} synthetic posts into IndexedDB…`);
  await page.evaluate(insertPosts, { count: POSTS, tags: TAGS });
  // Navigating inside the app (no reload, so no sync) makes the home page query afresh.
  await page.getByRole('link', { name: 'Tags', exact: true }).click();
  await page.getByRole('link', { name: 'Posts', exact: true }).click();
  await page.locator('.filter-summary').waitFor({ state: 'attached' });
  const kubernetes = page.locator('.tag-chip[aria-label^="kubernetes, "]');
  const chipCount = async () =>
    Number(/, (\d+) posts?$/.exec((await kubernetes.getAttribute('aria-label')) ?? '')?.[1]);
  while (!((await chipCount()) > POSTS / 10)) await page.waitForTimeout(100);

  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const tag = TAGS[round % TAGS.length]!;
    timings.push(await page.evaluate(timeChip, tag));
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

/** In the page: writes synthetic posts straight into the app's posts store. */
function insertPosts({ count, tags }: { count: number; tags: string[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = (globalThis as Loose).indexedDB.open('kubecon-field-notes');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('posts', 'readwrite');
      const store = tx.objectStore('posts');
      let seed = 42;
      const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      for (let i = 0; i < count; i += 1) {
        // Skewed: low-index tags are common, the tail is rare.
        const own = new Set<string>();
        const n = 1 + Math.floor(random() * 4);
        while (own.size < n) own.add(tags[Math.floor(random() ** 2 * tags.length)]!);
        const slug = `synthetic-${i}`;
        store.put({
          slug,
          title: `Synthetic post ${i}`,
          date: new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString(),
          tags: [...own],
          summary: `A synthetic post for the tag filter benchmark, number ${i}.`,
          words: 800,
          readingMinutes: 4,
          draft: false,
          hash: `bench${i}`,
          html: `<p>Body of synthetic post ${i}.</p>`.repeat(20),
          headings: [],
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** In the page: presses a chip and resolves with the milliseconds until the list reflects it. */
function timeChip(tag: string): Promise<number> {
  const { document, MutationObserver, performance } = globalThis as Loose;
  const chip = document.querySelector(`.tag-chip[aria-label^="${tag}, "]`);
  if (!chip) throw new Error(`No chip for ${tag}`);
  const wasPressed = chip.getAttribute('aria-pressed') === 'true';
  const summary = () => document.querySelector('.filter-summary')?.textContent ?? '';
  const before = summary();
  return new Promise((resolve) => {
    const start = performance.now();
    const done = () => {
      const now = summary();
      const listed = wasPressed ? now === '' : now !== before && now.includes(tag);
      if (!listed) return false;
      observer.disconnect();
      resolve(performance.now() - start);
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
    chip.click();
  });
}
