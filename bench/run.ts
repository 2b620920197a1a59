// npm run bench: builds the site, serves it on loopback, and measures home, a post and a plain
// static reference page with Lighthouse (mobile defaults, median of 3), plus the unthrottled time
// until every post reads offline. Prints a table and budgets; writes bench/results/latest.json.
// `--strict` makes a failed budget exit non-zero. See bench/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumVersion, findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { checkBudgets } from './budgets.ts';
import { BENCH_DIST, buildSite, ROOT } from './build-site.ts';
import { lighthouseOnce, medianOf, METRICS, type LighthouseFigures } from './lighthouse.ts';
import { launchForOffline, measureOfflineReady, type OfflineReadyFigures } from './offline-ready.ts';
import { readBuiltIndex, writeReferencePage } from './reference-page.ts';
import { formatBudgets, formatReadySteps, formatSpread, formatTable, writeResults } from './report.ts';
import type { BenchResults, PageResult } from './results.ts';

const RUNS = 3;
const RESULTS_FILE = path.join(ROOT, 'bench', 'results', 'latest.json');
const strict = process.argv.includes('--strict');

const chromePath = requireChromium();
// Lighthouse and chrome-launcher look for the browser here too.
process.env.CHROME_PATH = chromePath;

console.log('Building the site (production)…');
await buildSite();
const index = readBuiltIndex(BENCH_DIST);
const newest = index.posts[0];
if (!newest) throw new Error('The build has no posts to measure.');
const pages = {
  home: '',
  post: `posts/${encodeURIComponent(newest.slug)}`,
  reference: await writeReferencePage(BENCH_DIST, index),
};

const server = await startStaticServer({ root: BENCH_DIST, port: 0, host: '127.0.0.1' });
console.log(`Serving ${BENCH_DIST} at ${server.url}`);
try {
  // Rounds interleave the three pages, so a burst of load on this shared machine hits all alike.
  const runs: Record<keyof typeof pages, LighthouseFigures[]> = { home: [], post: [], reference: [] };
  for (let round = 1; round <= RUNS; round += 1) {
    for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
      const figures = await lighthouseOnce(server.url + pages[name], chromePath);
      runs[name].push(figures);
      console.log(`Lighthouse ${round}/${RUNS} ${name}: score ${figures.score}, LCP ${Math.round(figures.lcp)} ms`);
    }
  }

  const offlineRuns: OfflineReadyFigures[] = [];
  const browser = await launchForOffline(chromePath);
  try {
    for (let round = 1; round <= RUNS; round += 1) {
      const figures = await measureOfflineReady(browser, server.url, index);
      offlineRuns.push(figures);
      console.log(`First visit ${round}/${RUNS}: ready offline at ${Math.round(figures.readyMs)} ms`);
    }
  } finally {
    await browser.close();
  }

  const page = (name: keyof typeof pages): PageResult => ({
    path: `/${pages[name]}`,
    median: medianFigures(runs[name]),
    runs: runs[name],
  });
  const results: BenchResults = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(chromePath),
    lighthouse: packageVersion('lighthouse'),
    postCount: index.posts.length,
    home: page('home'),
    post: page('post'),
    reference: page('reference'),
    offline: { median: medianOffline(offlineRuns), runs: offlineRuns },
  };
  const budgets = checkBudgets(results);
  await writeResults(RESULTS_FILE, results, budgets);

  console.log(
    `\n${results.chromium}, Lighthouse ${results.lighthouse} (mobile defaults), post: ${results.post.path}\n`,
  );
  console.log(formatTable(results));
  console.log(formatReadySteps(results.offline.median));
  console.log(formatSpread(results));
  console.log('Bytes as sent by scripts/static-server.ts, gzip-compressed like a static host.');
  console.log(`\n${formatBudgets(budgets)}\n`);
  console.log(`Wrote ${path.relative(ROOT, RESULTS_FILE)}`);
  if (strict && budgets.some((budget) => !budget.pass)) process.exitCode = 1;
} finally {
  await server.close();
}

/** The browser to measure with, or a clear message and exit 1 before anything is built. */
function requireChromium(): string {
  try {
    const found = findChromium();
    if (found) return found;
    console.error(`npm run bench needs Chromium and found none. ${INSTALL_HINT}`);
  } catch (error) {
    // findChromium throws when CHROME_PATH points at nothing runnable; its message says so.
    console.error(`npm run bench: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}

function medianFigures(all: LighthouseFigures[]): LighthouseFigures {
  return Object.fromEntries(
    METRICS.map((key) => [key, medianOf(all.map((f) => f[key]))]),
  ) as unknown as LighthouseFigures;
}

/** Median times; the readable count is the worst run's, so one bad visit is not hidden. */
function medianOffline(all: OfflineReadyFigures[]): OfflineReadyFigures {
  return {
    readyMs: medianOf(all.map((f) => f.readyMs)),
    readyAfterLoadMs: medianOf(all.map((f) => f.readyAfterLoadMs)),
    savedPosts: Math.min(...all.map((f) => f.savedPosts)),
    readableOffline: Math.min(...all.map((f) => f.readableOffline)),
    steps: Object.fromEntries(
      Object.keys(all[0]?.steps ?? {}).map((step) => [step, medianOf(all.map((f) => f.steps[step] ?? NaN))]),
    ),
  };
}

function packageVersion(name: string): string {
  const file = path.join(ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
