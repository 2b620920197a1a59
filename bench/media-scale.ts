// npm run bench:media-scale [-- --posts 1000 --rounds 2 --seed 42 --keep-files]: what pictures
// cost the build at scale. Generates a corpus (scripts/corpus) twice, once with a different
// photo beside every post (bench/media/picture-corpus.ts), then times `vite build` of each in
// rounds: no pictures (the reference), pictures with an empty image cache, pictures again with the
// cache that build filled. The cache is a folder of its own (IMAGE_CACHE_DIR), never the
// developer's. See bench/README.md, "Post images and code, in the browser and at scale".
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../scripts/corpus/write.ts';
import { ROOT } from './build-site.ts';
import { medianOf } from './lighthouse.ts';
import { addPictures } from './media/picture-corpus.ts';
import { table } from './report.ts';
import { buildOurs, type OurBuild } from './scale/ours.ts';
import { folderSize } from './scale/timed-run.ts';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '42' },
    'keep-files': { type: 'boolean', default: false },
  },
});
const [posts, rounds, seed] = [values.posts, values.rounds, values.seed].map(Number) as [number, number, number];
if (![posts, rounds, seed].every(Number.isInteger) || posts < 1 || rounds < 1)
  throw new Error('Usage: npm run bench:media-scale -- [--posts 1000] [--rounds 2] [--seed 42] [--keep-files]');

const loadAtStart = loadavg();
const scratch = await mkdtemp(path.join(tmpdir(), 'field-notes-media-scale-'));
const plain = path.join(scratch, 'plain');
const pictured = path.join(scratch, 'pictured');
const cacheDir = path.join(scratch, 'image-cache');
const dist = path.join(scratch, 'dist');

type Kind = 'none' | 'empty' | 'full';
const LABELS: Record<Kind, string> = {
  none: 'no pictures (reference)',
  empty: 'pictures, empty image cache',
  full: 'pictures, full image cache',
};
const runs: Record<Kind, (OurBuild & { encoded: number })[]> = { none: [], empty: [], full: [] };
try {
  console.log(`Generating ${posts} posts (seed ${seed}) twice, and a photo for each post of one copy, in ${scratch}`);
  await writeCorpus({ posts, seed }, plain);
  await writeCorpus({ posts, seed }, pictured);
  const started = performance.now();
  const added = await addPictures(pictured, seed);
  console.log(
    `${added.pictures} photos, ${mib(added.bytes)} of JPEG, in ${seconds(performance.now() - started)} (not part of any build)`,
  );

  for (let round = 1; round <= rounds; round += 1) {
    await timeBuild('none', plain, round);
    await rm(cacheDir, { recursive: true, force: true });
    await timeBuild('empty', pictured, round);
    await timeBuild('full', pictured, round);
  }
  const cache = await folderSize(cacheDir);

  const reference = medianOf(runs.none.map((run) => run.wallMs));
  console.log(`\n${posts} posts, ${added.pictures} with a photo each (${mib(added.bytes)}), ${rounds} rounds:`);
  console.log(
    table([
      ['build', 'wall time, each round', 'median', 'median − no pictures', 'peak memory', 'pictures encoded', 'dist'],
      ...(Object.keys(LABELS) as Kind[]).map((kind) => {
        const wall = medianOf(runs[kind].map((run) => run.wallMs));
        const peak = Math.max(...runs[kind].map((run) => run.peakRssBytes ?? NaN));
        return [
          LABELS[kind],
          runs[kind].map((run) => seconds(run.wallMs)).join(', '),
          seconds(wall),
          kind === 'none' ? '' : `${seconds(wall - reference)} (${(wall / reference).toFixed(2)}×)`,
          Number.isFinite(peak) ? mib(peak) : '?',
          runs[kind].map((run) => String(run.encoded)).join(', '),
          `${mib(runs[kind].at(-1)!.distBytes)} (${runs[kind].at(-1)!.distFiles} files)`,
        ];
      }),
    ]),
  );
  console.log(`Dist sizes include source maps. The image cache: ${mib(cache.bytes)} (${cache.files} files).`);
  console.log(`Load average (1, 5, 15 min): ${loadText(loadAtStart)} at the start, ${loadText(loadavg())} at the end.`);
} finally {
  if (values['keep-files']) console.log(`Kept ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}

/** One timed build; pictures encoded are the cache folders it added (each encoded picture writes one). */
async function timeBuild(kind: Kind, corpus: string, round: number): Promise<void> {
  const before = await entries(cacheDir);
  const build = await buildOurs(ROOT, corpus, dist, { IMAGE_CACHE_DIR: cacheDir });
  if (!build.ok) throw new Error(`${LABELS[kind]}: vite build failed:\n${build.tail}`);
  const encoded = (await entries(cacheDir)) - before;
  runs[kind].push({ ...build, encoded });
  console.log(`round ${round}, ${LABELS[kind]}: ${seconds(build.wallMs)}, ${encoded} pictures encoded`);
}

async function entries(dir: string): Promise<number> {
  return (await readdir(dir).catch(() => [])).length;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function loadText(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(', ');
}
