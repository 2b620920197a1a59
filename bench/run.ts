// npm run bench: builds the site, serves it on loopback, and measures home, a post and a plain
// static reference page with Lighthouse (mobile defaults, median of 5; `--runs N`), plus the
// unthrottled time until every post reads offline. Prints a table and budgets; writes
// bench/results/latest.json. `--strict` makes a failed budget exit non-zero. See bench/README.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumVersion } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { checkBudgets } from './budgets.ts';
import { BENCH_DIST, buildSite, ROOT } from './build-site.ts';
import { lighthouseRounds, medianFigures, medianOf } from './lighthouse.ts';
import { launchForOffline, measureOfflineReady, type OfflineReadyFigures } from './offline-ready.ts';
import { readBuiltIndex, writeReferencePage } from './reference-page.ts';
import { formatBudgets, formatReadySteps, formatSpread, formatTable, writeResults } from './report.ts';
import type { BenchResults, PageResult } from './results.ts';
import { packageVersion, requireChromium } from './tools.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, strict: { type: 'boolean', default: false } },
});
// Five, not three: one slow run of three moves a TBT median by 100 ms or more on this machine.
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs is a whole number of runs, not ${values.runs}`);
const RESULTS_FILE = path.join(ROOT, 'bench', 'results', 'latest.json');
const strict = values.strict;

const chromePath = requireChromium('npm run bench');
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
  const urls = {
    home: server.url + pages.home,
    post: server.url + pages.post,
    reference: server.url + pages.reference,
  };
  const runs = await lighthouseRounds(urls, RUNS, chromePath);

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
