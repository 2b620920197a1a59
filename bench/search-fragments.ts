// npm run bench:search-fragments [-- --posts 10000 --bundles 200,2000,100000 --seed 42]: how the
// bundling of the search index's post texts (MAX_FRAGMENT_FILES in src/build/content/search-index.ts)
// trades the files offline search must cache against the bytes a query fetches online. Writes
// the index of one generated corpus once per limit, and in headless Chromium counts the bytes
// three queries fetch in a fresh page (the first includes Pagefind's own files). See bench/README.md.
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page, type Request } from 'playwright-core';
import { writeCorpus } from '../scripts/corpus/write.ts';
import { findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { buildSite } from '../src/build/content/build-site.ts';
import { writeSearchIndex } from '../src/build/content/search-index.ts';
import { SEARCH_FOLDER } from '../src/shared/search.ts';
import { ROOT } from './build-site.ts';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';

const QUERIES = ['cluster', 'network policy', 'kube'];
const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    bundles: { type: 'string', default: '200,2000,100000' },
    seed: { type: 'string', default: '42' },
  },
});
const chromePath = findChromium();
if (!chromePath) throw new Error(`npm run bench:search-fragments needs Chromium. ${INSTALL_HINT}`);
const OUT = path.join(ROOT, '.e2e', 'search-fragments-bench');

const corpus = await writeCorpus({ posts: Number(values.posts), seed: Number(values.seed) });
const content = await buildSite({
  contentDir: corpus,
  publicDir: path.join(ROOT, 'public'),
  includeDrafts: false,
  displayRoot: ROOT,
});
const browser = await chromium.launch({ executablePath: chromePath, args: [...BENCH_CHROMIUM_ARGS] });
console.log(`| at most … files | fragment files | ${QUERIES.map((query) => `\`${query}\``).join(' | ')} |`);
console.log(`| --- | --- | ${QUERIES.map(() => '---').join(' | ')} |`);
try {
  for (const limit of values.bundles.split(',').map(Number)) {
    await rm(OUT, { recursive: true, force: true });
    await writeSearchIndex(OUT, content.posts, '/', 'en', { maxFragmentFiles: limit });
    await writeFile(path.join(OUT, 'index.html'), '<!doctype html><html lang="en"><title>bench</title></html>');
    const files = (await readdir(path.join(OUT, SEARCH_FOLDER, 'fragment'))).length;
    const server = await startStaticServer({ root: OUT, port: 0, host: '127.0.0.1' });
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      const bytes: number[] = [];
      for (const query of QUERIES) bytes.push(await queryBytes(page, query));
      console.log(`| ${limit} | ${files} | ${bytes.map((b) => `${(b / 1024).toFixed(0)} KiB`).join(' | ')} |`);
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
  await rm(corpus, { recursive: true, force: true });
  await rm(OUT, { recursive: true, force: true });
}

/** Bytes (as sent) of every request a query and its ten results' texts make. */
async function queryBytes(page: Page, query: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: Request) =>
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  page.on('requestfinished', onFinished);
  // Page code as text: this file is type-checked for Node, without the DOM's types.
  await page.evaluate(`(async () => {
    globalThis.pagefind ??= await import('/${SEARCH_FOLDER}/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)});
    await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
  })()`);
  page.off('requestfinished', onFinished);
  return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
}
