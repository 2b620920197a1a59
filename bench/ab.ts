// npm run bench:ab -- <distA> <distB> [--rounds 8] [--lighthouse]: first visits of two builds,
// alternated (A, B, B, A…) so the machine's noise falls on both alike. Prints each variant's
// median time to "Ready to read offline" and each step it waits for (with --lighthouse, also the
// TBT and LCP of home and the newest post), and B ÷ A. Build the variants first, for example
// `npx vite build --outDir .e2e/ab-a` in two checkouts. See bench/README.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { lighthouseOnce } from './lighthouse.ts';
import { launchForOffline, measureOfflineReady, type OfflineReadyFigures } from './offline-ready.ts';
import { readBuiltIndex } from './reference-page.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '8' }, lighthouse: { type: 'boolean', default: false } },
});
const [distA, distB] = positionals.map((dir) => path.resolve(dir));
if (!distA || !distB) throw new Error('Usage: npm run bench:ab -- <distA> <distB> [--rounds 8]');
const rounds = Number(values.rounds);
const chromePath = findChromium();
if (!chromePath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);

// Lighthouse launches its own browser: the variable is read by chrome-launcher.
process.env.CHROME_PATH = chromePath;

const variants = [distA, distB].map((root) => ({ root, index: readBuiltIndex(root), runs: [] as Figures[] }));
const servers = await Promise.all(variants.map(({ root }) => startStaticServer({ root, port: 0, host: '127.0.0.1' })));
const browser = await launchForOffline(chromePath);
try {
  for (let round = 1; round <= rounds; round += 1) {
    // A, B then B, A: neither variant always runs on a browser the other has just warmed.
    const order = round % 2 ? [0, 1] : [1, 0];
    for (const i of order) {
      const variant = variants[i]!;
      const url = servers[i]!.url;
      const figures: Figures = await measureOfflineReady(browser, url, variant.index);
      if (figures.readableOffline !== variant.index.posts.length)
        throw new Error(`${variant.root}: only ${figures.readableOffline} posts read offline`);
      if (values.lighthouse) {
        const post = `posts/${encodeURIComponent(variant.index.posts[0]!.slug)}`;
        for (const [name, page] of [
          ['home', ''],
          ['post', post],
        ] as const) {
          const { tbt, lcp } = await lighthouseOnce(url + page, chromePath);
          Object.assign(figures.steps, { [`${name} TBT`]: tbt, [`${name} LCP`]: lcp });
        }
      }
      variant.runs.push(figures);
      console.log(`round ${round} ${'AB'[i]}: ready ${Math.round(figures.readyMs)} ms`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const steps = [...new Set(variants.flatMap(({ runs }) => runs.flatMap((run) => Object.keys(run.steps))))];
const [a, b] = variants.map(
  ({ runs }) =>
    (step: string) =>
      median(runs.map((run) => run.steps[step] ?? NaN)),
);
console.log(`\nA ${distA}\nB ${distB}\n${rounds} alternated first visits each, median ms from navigation start\n`);
console.log(['step'.padEnd(18), 'A'.padStart(7), 'B'.padStart(7), 'B ÷ A'.padStart(7)].join(' '));
for (const step of steps) {
  const [x, y] = [a!(step), b!(step)];
  console.log([step.padEnd(18), fmt(x), fmt(y), (y / x).toFixed(2).padStart(7)].join(' '));
}
const spread = (runs: Figures[]) =>
  `${Math.round(Math.min(...runs.map((run) => run.readyMs)))}–${Math.round(Math.max(...runs.map((run) => run.readyMs)))}`;
console.log(`\nready spread: A ${spread(variants[0]!.runs)} ms, B ${spread(variants[1]!.runs)} ms`);

type Figures = Pick<OfflineReadyFigures, 'readyMs' | 'steps' | 'readableOffline'>;

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((x, y) => x - y);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function fmt(value: number): string {
  return (Number.isFinite(value) ? String(Math.round(value)) : '–').padStart(7);
}
