/**
 * `npm run corpus -- --posts 1000 --seed 42 [--vocabulary small|wide] [--out <dir>]`: writes a
 * deterministic synthetic content folder (site.yaml and posts/*.md) and prints its path; without
 * --out, a temp folder. Build it with `CONTENT_DIR=<dir> npx vite build`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus/write.ts';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    vocabulary: { type: 'string', default: 'small' },
    out: { type: 'string' },
  },
});
const posts = Number(values.posts);
const seed = Number(values.seed);
if (!Number.isInteger(posts) || posts < 1) fail(`--posts must be a whole number above 0, not "${values.posts}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);
const vocabulary = values.vocabulary;
if (vocabulary !== 'small' && vocabulary !== 'wide') fail(`--vocabulary is small or wide, not "${vocabulary}"`);
const out = values.out === undefined ? undefined : path.resolve(values.out);
// Old posts left in the folder would be built too and silently change the corpus.
if (out && existsSync(path.join(out, 'posts')) && readdirSync(path.join(out, 'posts')).length > 0)
  fail(`${out}/posts is not empty: choose an empty or new folder`);

const started = performance.now();
const dir = await writeCorpus({ posts, seed, vocabulary }, out);
console.log(
  `Wrote ${posts} posts (seed ${seed}, ${vocabulary} vocabulary) in ${Math.round(performance.now() - started)} ms to ${dir}`,
);

function fail(message: string): never {
  console.error(`npm run corpus: ${message}`);
  process.exit(1);
}
