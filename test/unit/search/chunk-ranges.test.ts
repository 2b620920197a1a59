import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.ts';
import { indexChunks, pagesWithPrefix } from '../../e2e/support/pagefind-index.ts';
import { writeCorpus } from '../../../scripts/corpus/write.ts';
import { chunksReaching, prefixWords } from '../../../src/app/search/chunk-ranges.ts';
import { createSearchIndex, type Pagefind } from '../../../src/app/search/pagefind.ts';
import { buildSite } from '../../../src/build/content/build-site.ts';
import { readChunkRanges } from '../../../src/build/content/chunk-ranges.ts';
import { writeSearchIndex } from '../../../src/build/content/search-index.ts';
import { SEARCH_CHUNK_RANGES, SEARCH_FOLDER, type IndexChunkRanges } from '../../../src/shared/search.ts';

describe('chunksReaching', () => {
  const ranges: IndexChunkRanges = [
    ['able', 'cin'],
    ['cinnamon', 'doc'],
    ['dock', 'docu'],
    ['document', 'fig'],
  ];

  it('finds every chunk holding words that begin with the prefix, across chunk ends', () => {
    expect(chunksReaching(ranges, 'doc')).toEqual([1, 2, 3]);
    expect(chunksReaching(ranges, 'docum')).toEqual([2, 3]);
  });

  it('reads a shortened last word as every word it begins', () => {
    // `cin` ends the first chunk: `cinder` may be in it, `cinnamon` begins the next.
    expect(chunksReaching(ranges, 'cind')).toEqual([0]);
    expect(chunksReaching(ranges, 'ci')).toEqual([0, 1]);
  });

  it('finds only the chunk a whole word sorts into, and none past either end', () => {
    expect(chunksReaching(ranges, 'bear')).toEqual([0]);
    expect(chunksReaching(ranges, 'aardvark')).toEqual([]);
    expect(chunksReaching(ranges, 'zebra')).toEqual([]);
  });
});

describe('prefixWords', () => {
  it('gives each word lower case and without punctuation, as Pagefind matches them', () => {
    expect(prefixWords('  Kube, cluster!  net ')).toEqual(['kube', 'cluster', 'net']);
  });

  it('gives none for a quoted phrase, which Pagefind matches word for word', () => {
    expect(prefixWords('"rolling update"')).toEqual([]);
  });
});

describe("search by prefix over Pagefind's real index", () => {
  let dir: string;
  let server: StaticServer;
  let pagefind: Pagefind;
  let ranges: IndexChunkRanges;
  let truth: Map<string, number>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'field-notes-chunks-'));
    const corpus = await writeCorpus({ posts: 200, seed: 7, vocabulary: 'wide' }, path.join(dir, 'content'));
    const site = await buildSite({
      contentDir: corpus,
      publicDir: path.join(corpus, 'public'),
      includeDrafts: false,
      displayRoot: dir,
    });
    const out = path.join(dir, 'site');
    await writeSearchIndex(out, site.posts, '/', 'en');
    ranges = JSON.parse(await readFile(path.join(out, SEARCH_CHUNK_RANGES), 'utf8')) as IndexChunkRanges;
    // How many posts hold a word beginning with each two letters, from the index itself.
    const chunks = await indexChunks(path.join(out, SEARCH_FOLDER));
    const prefixes = new Set(
      chunks.flatMap((words) =>
        [...words.keys()].filter((word) => /^[a-z]{2}/.test(word)).map((word) => word.slice(0, 2)),
      ),
    );
    truth = new Map([...prefixes].sort().map((prefix) => [prefix, pagesWithPrefix(chunks, prefix)]));
    server = await startStaticServer({ root: out });
    // Pagefind's own script, as the build wrote it; without Worker (Node), it searches in this thread.
    pagefind = (await import(
      /* @vite-ignore */ pathToFileURL(path.join(out, SEARCH_FOLDER, 'pagefind.js')).href
    )) as Pagefind;
    await pagefind.options({ basePath: `${server.url}${SEARCH_FOLDER}/` });
  }, 120_000);
  afterAll(async () => {
    await pagefind?.destroy();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds every post holding a word with the prefix, whichever chunks earlier searches loaded', async () => {
    expect(ranges.length).toBeGreaterThan(3);
    const spanning = [...truth.keys()].filter((prefix) => chunksReaching(ranges, prefix).length > 1);
    expect(spanning.length).toBeGreaterThan(0);

    // Pagefind alone, fresh: a prefix whose words run into the next chunk misses their posts.
    const alone = new Map<string, number>();
    for (const prefix of spanning) alone.set(prefix, (await pagefind.search(prefix)).results.length);
    expect(spanning.filter((prefix) => alone.get(prefix)! < truth.get(prefix)!)).not.toEqual([]);
    // A fresh Pagefind: destroy() forgets the loaded chunks, and the options with them.
    await pagefind.destroy();
    await pagefind.options({ basePath: `${server.url}${SEARCH_FOLDER}/` });
    const index = createSearchIndex(pagefind, ranges);
    const found = new Map<string, number>();
    for (const prefix of truth.keys()) found.set(prefix, (await index.search(prefix, {})).results.length);
    expect(found).toEqual(truth);
  }, 120_000);
});

describe('readChunkRanges', () => {
  it('fails the build with a message when Pagefind lays its metadata out otherwise', () => {
    expect(() => readChunkRanges(gzipSync('pagefind_dcd not cbor'))).toThrow(/not laid out as/);
    expect(() => readChunkRanges(gzipSync('something else'))).toThrow(/not laid out as/);
  });
});
