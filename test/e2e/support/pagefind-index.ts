import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** Each index chunk of a Pagefind bundle (`folder`), in order, as its words with the pages they are on. */
export async function indexChunks(folder: string): Promise<Map<string, Set<number>>[]> {
  const files = (await readdir(path.join(folder, 'index'))).sort();
  const chunks = await Promise.all(
    files.map(async (file) => {
      const bytes = gunzipSync(await readFile(path.join(folder, 'index', file)));
      // After the signature: [[[word, [[page number, as a step from the last], locations, …], …], …], …]]
      const [entries] = decode(bytes.subarray('pagefind_dcd'.length)) as [[string, [number, ...unknown[]][]][]];
      const words = new Map<string, Set<number>>();
      for (const [word, pages] of entries) {
        let page = 0;
        words.set(word, new Set(pages.map(([step]) => (page += step))));
      }
      return words;
    }),
  );
  // In word order, as chunk-ranges.json lists them (file names are hashes).
  return chunks.sort((a, b) => (firstWord(a) < firstWord(b) ? -1 : 1));
}

/** How many pages hold a word beginning with `prefix`, in the given chunks. */
export function pagesWithPrefix(chunks: readonly Map<string, Set<number>>[], prefix: string): number {
  const pages = new Set<number>();
  for (const words of chunks)
    for (const [word, on] of words) if (word.startsWith(prefix)) on.forEach((page) => pages.add(page));
  return pages.size;
}

function firstWord(words: Map<string, Set<number>>): string {
  return words.keys().next().value ?? '';
}
