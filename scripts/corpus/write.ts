import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus, type CorpusOptions } from './generate.ts';

/**
 * Writes a generated corpus into `dir` (made if missing), or into a fresh temporary folder.
 * Returns the folder, ready for `CONTENT_DIR=<dir> npx vite build`.
 */
export async function writeCorpus(options: CorpusOptions, dir?: string): Promise<string> {
  const out = dir ?? (await mkdtemp(path.join(tmpdir(), `field-notes-corpus-${options.posts}-`)));
  await mkdir(path.join(out, 'posts'), { recursive: true });
  const files = generateCorpus(options);
  // A few files at a time: 10,000 writes at once would only queue up in libuv anyway.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((file) => writeFile(path.join(out, file.path), file.content)));
  }
  return out;
}
