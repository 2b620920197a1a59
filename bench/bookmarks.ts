// Times a visit to the Bookmarks page of the production build in real Chromium, with many bookmarks in
// the page's real IndexedDB: until the page shows them ("N posts saved on this device"), and until it is
// interactive (no long task for a while after that). Bookmarks name posts this site does not publish
// (a reading file from a larger site, or a made-up one), so every one is "no longer available".
// Run: npm run bench:bookmarks (BOOKMARKS=10000 ROUNDS=7 to change the defaults; SITES=dirA,dirB to
// alternate prebuilt sites, A/B, instead of building this tree).
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';
import { buildSite, ROOT } from './build-site.ts';
import { requireChromium } from './tools.ts';
import { NAME_SHIM } from './scale/in-page.ts';
import { startStaticServer, type StaticServer } from '../scripts/static-server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const BOOKMARKS = Number(process.env.BOOKMARKS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const BUDGET_MS = 1000;

// Plain JavaScript, run in the page before its scripts, on the page's own clock: notes when the bookmarks are
// shown, and when the page is interactive: the end of the last stall (a 50 ms heartbeat late by over 50 ms,
// so a task that long ran) once QUIET_MS have passed after the bookmarks were shown without another. A
// heartbeat, because this Chromium reports no long tasks to a PerformanceObserver when headless.
const QUIET_MS = 500;
const WATCH_FOR_BOOKMARKS = `(() => {
  let beat = performance.now();
  let lastStallEnd = 0;
  setInterval(() => {
    const now = performance.now();
    if (now - beat > 100) lastStallEnd = now;
    beat = now;
  }, 50);
  const check = () => {
    const lede = document.querySelector('.bookmarks-page .lede');
    if (!lede || !/saved on this device/.test(lede.textContent) || globalThis.__benchShown) return;
    const shown = (globalThis.__benchShown = performance.now());
    observer.disconnect();
    const quiet = setInterval(() => {
      const since = Math.max(shown, lastStallEnd);
      if (performance.now() - since < ${QUIET_MS}) return;
      clearInterval(quiet);
      globalThis.__benchAnswered = since;
    }, 50);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

const executablePath = requireChromium('bench:bookmarks');
const sites = process.env.SITES ? process.env.SITES.split(',').map((dir) => path.resolve(dir)) : [await build()];
const servers: StaticServer[] = [];
const browser = await chromium.launch({ executablePath, args: [...BENCH_CHROMIUM_ARGS] });
try {
  // A returning reader's visit: the service worker installed on the first one answers it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(WATCH_FOR_BOOKMARKS);
  for (const root of sites) {
    const server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
    servers.push(server);
    await seed(context, server.url);
  }
  const figures = sites.map(() => ({ shown: [] as number[], answered: [] as number[] }));
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternated, so load on a shared machine hits every site alike.
    for (const [index, server] of servers.entries()) {
      const visit = await timeVisit(context, server.url);
      figures[index]!.shown.push(visit.shown);
      figures[index]!.answered.push(visit.answered);
    }
  }
  for (const [index, root] of sites.entries()) {
    const { shown, answered } = figures[index]!;
    const median = [...answered].sort((a, b) => a - b)[Math.floor(answered.length / 2)]!;
    console.log(
      `${path.relative(ROOT, root) || root}: ${BOOKMARKS} bookmarks, ${ROUNDS} visits of /bookmarks: ` +
        `shown ${describe(shown)}; interactive ${describe(answered)} ` +
        `(budget: median ≤ ${BUDGET_MS} ms, ${median <= BUDGET_MS ? 'PASS' : 'FAIL'})`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

async function build(): Promise<string> {
  console.log('Building the site…');
  return buildSite(path.join(ROOT, '.e2e', 'bench-bookmarks'));
}

/** A first visit, which installs the service worker and makes the database; then the bookmarks go straight in. */
async function seed(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${url}bookmarks`);
  await page.getByText('Posts you bookmark are kept here').waitFor({ timeout: 60_000 });
  await page.getByText(/Ready to read offline/).waitFor({ timeout: 120_000 });
  await page.evaluate(insertBookmarks, BOOKMARKS);
  await page.close();
}

async function timeVisit(context: BrowserContext, url: string): Promise<{ shown: number; answered: number }> {
  const page = await context.newPage();
  await page.goto(`${url}bookmarks`);
  const handle = await page.waitForFunction(
    () => {
      const loose = globalThis as Loose;
      return loose.__benchAnswered && { shown: loose.__benchShown, answered: loose.__benchAnswered };
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const visit = (await handle.jsonValue()) as { shown: number; answered: number };
  await page.close();
  return visit;
}

function describe(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(0)} ms (${sorted[0]!.toFixed(0)} to ${sorted.at(-1)!.toFixed(0)})`;
}

/** In the page: `count` bookmarks of posts the site does not publish, written in one transaction. */
function insertBookmarks(count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = (globalThis as Loose).indexedDB.open('kubecon-field-notes');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('bookmarks', 'readwrite');
      for (let i = 0; i < count; i += 1) {
        tx.objectStore('bookmarks').put({
          slug: `bookmarked-elsewhere-${i}`,
          title: `A post bookmarked on another site, number ${i}`,
          bookmarkedAt: Date.UTC(2025, 0, 1) + i * 60_000,
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
