// npm run bench:media [-- --rounds 3]: builds test/fixtures/media (a post with a large JPEG, a PNG, an SVG and
// highlighted code), serves it on loopback and measures, in real Chromium: Lighthouse (mobile
// defaults, median of the rounds, interleaved) on the post and on a static page made from the same
// post, with issue 7's budgets; the bytes of its pictures on a 3x and a 2x phone and a 1x desktop
// beside the sources'; what its pictures add to the device after one visit of home. See
// bench/README.md, "Post images and code, in the browser and at scale".
import { stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumVersion } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { checkPostBudgets } from './budgets.ts';
import { buildSite, ROOT } from './build-site.ts';
import { lighthouseRounds, medianFigures } from './lighthouse.ts';
import { measureImageBytes, SCREENS, type ImageBytes } from './media/image-bytes.ts';
import { measureOfflineImageStorage } from './media/offline-storage.ts';
import { launchForOffline } from './offline-ready.ts';
import { readBuiltIndex, readBuiltPost, writePostReferencePage } from './reference-page.ts';
import { formatBudgets, formatComparison, formatPageSpread, table } from './report.ts';
import { packageVersion, requireChromium } from './tools.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const RUNS = Number(values.rounds);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('Usage: npm run bench:media -- [--rounds 3]');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'media');
const SLUG = 'pictures-and-code';
const SOURCES = ['stage.jpg', 'slide.png', 'diagram.svg'].map((file) => path.join(FIXTURE, 'posts', SLUG, file));
const DIST = path.join(ROOT, '.e2e', 'bench-media');

const chromePath = requireChromium('npm run bench:media');
// Lighthouse and chrome-launcher look for the browser here too.
process.env.CHROME_PATH = chromePath;
const loadAtStart = loadavg();

console.log('Building test/fixtures/media (production)…');
await buildSite(DIST, FIXTURE);
const { site } = readBuiltIndex(DIST);
const reference = await writePostReferencePage(DIST, site, readBuiltPost(DIST, SLUG));
const server = await startStaticServer({ root: DIST, port: 0, host: '127.0.0.1' });
const postUrl = `${server.url}posts/${SLUG}`;
try {
  const runs = await lighthouseRounds({ post: postUrl, reference: server.url + reference }, RUNS, chromePath);
  const [post, ref] = [medianFigures(runs.post), medianFigures(runs.reference)];

  const browser = await launchForOffline(chromePath);
  const bytes: ImageBytes[] = [];
  let storage;
  try {
    for (const screen of SCREENS) bytes.push(await measureImageBytes(browser, postUrl, screen));
    storage = await measureOfflineImageStorage(browser, server.url);
  } finally {
    await browser.close();
  }
  const sources = await Promise.all(SOURCES.map(async (file) => (await stat(file)).size));
  const sourceBytes = sources.reduce((sum, size) => sum + size, 0);

  console.log(
    `\n${chromiumVersion(chromePath)}, Lighthouse ${packageVersion('lighthouse')} (mobile defaults), /posts/${SLUG} against /${reference}\n`,
  );
  console.log(formatComparison([['post', post]], ['static reference (same post)', ref], RUNS));
  console.log(
    `Run-to-run spread (lowest–highest of ${RUNS}): ${formatPageSpread([
      ['post', runs.post],
      ['reference', runs.reference],
    ])}`,
  );
  console.log(`\n${formatBudgets(checkPostBudgets(post, ref))}\n`);

  console.log(
    `Pictures of the post, fetched by the page (service workers blocked, every picture scrolled into view); sources ${SOURCES.map((file, i) => `${path.basename(file)} ${kib(sources[i]!)}`).join(', ')}, ${kib(sourceBytes)} in all:`,
  );
  console.log(
    table([
      ['screen', 'files', 'transferred (headers and bodies)', 'bodies', 'bodies ÷ sources'],
      ...bytes.map(({ screen, requests, transferBytes, bodyBytes }) => [
        screen.name,
        requests.map((request) => request.file.replace(/-[0-9a-f]{10}\./, '.')).join(', '),
        kib(transferBytes),
        kib(bodyBytes),
        `${((100 * bodyBytes) / sourceBytes).toFixed(1)}%`,
      ]),
    ]),
  );

  const { precache, background, cacheStorageBytes, savedMs } = storage;
  console.log(
    `\nAfter one visit of home, every picture saved at ${(savedMs / 1000).toFixed(2)} s: ${precache.images + background.images} post images, ${kib(precache.bytes + background.bytes)} (precache ${precache.images}, ${kib(precache.bytes)}; ${background.images} saved after the posts, ${kib(background.bytes)})${cacheStorageBytes === null ? '' : `, of ${kib(cacheStorageBytes)} of Cache Storage in all`}`,
  );
  console.log(`Load average (1, 5, 15 min): ${loadText(loadAtStart)} at the start, ${loadText(loadavg())} at the end.`);
} finally {
  await server.close();
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function loadText(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(', ');
}
