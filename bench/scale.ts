// npm run bench:scale [-- --sizes 100,1000,10000 --seed 42 --rounds 40 --strict]: for each size,
// generates a corpus (scripts/generate-corpus.ts), times our production build and Hugo's on the
// same posts, serves our build on loopback and measures a first visit in headless Chromium.
// Prints a table and issue 8's targets, writes bench/results/scale.json, bench/scale.svg and the
// "Scale" section of bench/README.md. See bench/README.md.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { writeCorpus } from '../scripts/corpus/write.ts';
import { chromiumVersion, findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { ROOT } from './build-site.ts';
import { scaleChart } from './scale/chart.ts';
import { buildHugo, findOrInstallHugo, writeHugoSite } from './scale/hugo.ts';
import { buildOurs } from './scale/ours.ts';
import { updateReadme } from './scale/readme.ts';
import { count, formatTable, seconds } from './scale/format.ts';
import { failureNotes, reasonOf, type ScaleResults, type SizeResult } from './scale/results.ts';
import { resultRows } from './scale/table.ts';
import { checkTargets, formatTargets } from './scale/targets.ts';
import { folderSize } from './scale/timed-run.ts';
import { measureVisit } from './scale/visit.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '42' },
    rounds: { type: 'string', default: '40' },
    strict: { type: 'boolean', default: false },
    'keep-files': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.replace(/[_\s]/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes: whole numbers, not "${values.sizes}"`);
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const RESULTS_FILE = path.join(ROOT, 'bench', 'results', 'scale.json');
const CHART_FILE = path.join(ROOT, 'bench', 'scale.svg');
const README = path.join(ROOT, 'bench', 'README.md');
const WORK = path.join(tmpdir(), 'field-notes-scale');
const DIST = path.join(ROOT, '.e2e', 'scale');

const chromePath = findChromium();
if (!chromePath) {
  console.error(`npm run bench:scale needs Chromium and found none. ${INSTALL_HINT}`);
  process.exit(1);
}
const hugo = findOrInstallHugo();
const started = performance.now();
const results: ScaleResults = {
  date: new Date().toISOString(),
  seed,
  chromium: chromiumVersion(chromePath),
  hugo: hugo?.version ?? null,
  cores: availableParallelism(),
  sizes: [],
};
const browser = await chromium.launch({ executablePath: chromePath, headless: false, args: [...BENCH_CHROMIUM_ARGS] });
try {
  for (const posts of sizes) results.sizes.push(await measureSize(posts));
} finally {
  await browser.close();
  if (!values['keep-files']) await rm(WORK, { recursive: true, force: true });
}

const table = formatTable(resultRows(results));
const targets = checkTargets(results);
await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
await writeFile(RESULTS_FILE, `${JSON.stringify({ ...results, targets }, rounded, 2)}\n`);
await writeFile(CHART_FILE, scaleChart(results));
await updateReadme(README, readmeSection(table, formatTargets(targets)));
console.log(`\n${results.chromium}; ${results.hugo ?? 'no Hugo'}; ${results.cores} cores; seed ${seed}\n`);
console.log(table);
console.log('Latencies: to the DOM update, and in brackets to the next animation frame after it.\n');
console.log(formatTargets(targets));
const notes = failureNotes(results);
if (notes.length > 0) console.log(`\n${notes.map((note) => `- ${note}`).join('\n')}`);
console.log(`\nWrote ${rel(RESULTS_FILE)}, ${rel(CHART_FILE)} and the Scale section of ${rel(README)}.`);
console.log(`The whole run took ${seconds(performance.now() - started)}.`);
if (values.strict && targets.some((target) => target.pass !== true)) process.exitCode = 1;

async function measureSize(posts: number): Promise<SizeResult> {
  console.log(`\n${count(posts)} posts: generating the corpus (seed ${seed})…`);
  const corpus = path.join(WORK, `corpus-${posts}`);
  await rm(corpus, { recursive: true, force: true });
  await writeCorpus({ posts, seed }, corpus);
  const corpusBytes = (await folderSize(path.join(corpus, 'posts'))).bytes;

  console.log('  building it with vite build…');
  const { dist, ...ours } = await buildOurs(ROOT, corpus, path.join(DIST, String(posts)));
  console.log(`  ${ours.ok ? 'built' : 'FAILED'} in ${seconds(ours.wallMs)}`);
  if (!ours.ok) console.log(indent(reasonOf(ours.tail)));

  let hugoBuild = null;
  if (hugo) {
    const site = path.join(WORK, `hugo-${posts}`);
    await writeHugoSite(corpus, site, 'Synthetic Field Notes');
    hugoBuild = await buildHugo(hugo.path, site);
    console.log(`  Hugo ${hugoBuild.ok ? 'built' : 'FAILED'} in ${seconds(hugoBuild.wallMs)}`);
    if (!hugoBuild.ok) console.log(indent(reasonOf(hugoBuild.tail)));
    // Its output is large and only its size matters.
    await rm(site, { recursive: true, force: true });
  }

  let visit: SizeResult['visit'] = null;
  if (ours.ok) {
    console.log('  first visit in Chromium…');
    const server = await startStaticServer({ root: dist, port: 0, host: '127.0.0.1' });
    try {
      visit = await measureVisit(browser, server.url, posts, {
        rounds,
        offlineTimeoutMs: 120_000,
        listTimeoutMs: 60_000,
      });
      for (const note of visit.notes) console.log(`  note: ${note}`);
    } catch (error) {
      visit = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
      console.log(`  visit failed: ${visit.error}`);
    } finally {
      await server.close();
    }
  }
  if (!values['keep-files']) await rm(dist, { recursive: true, force: true });
  // Only a failure's output says anything worth keeping in the results: why it failed.
  const failure = <T extends { ok: boolean; tail: string }>(run: T): T => ({
    ...run,
    tail: run.ok ? '' : reasonOf(run.tail),
  });
  return { posts, corpusBytes, ours: failure(ours), hugo: hugoBuild && failure(hugoBuild), visit };
}

function readmeSection(table: string, targets: string): string {
  return [
    `Last run: ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.cores} cores, ${results.chromium}, ${results.hugo ?? 'no Hugo'}, corpus seed ${seed}.`,
    '',
    table,
    '',
    'Latencies: p50 / p95 to the DOM update, and in brackets p95 to the next animation frame after it.',
    '',
    targets,
    '',
    ...failureNotes(results).map((note) => `- ${note}`),
    '',
    '![Build time, build memory, home first-load bytes and time to offline against corpus size](scale.svg)',
  ].join('\n');
}

function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(2)) : value;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function rel(file: string): string {
  return path.relative(ROOT, file);
}
