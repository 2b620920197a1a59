import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { COMPILE_HINT } from '../../../src/build/compile-hints.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A string each build-time library really contains (an error message or URL that survives
 * minification) and that app code has no reason to contain.
 */
const NEEDLES = [
  {
    library: 'marked',
    file: 'node_modules/marked/lib/marked.esm.js',
    needle: 'marked(): input parameter is undefined or null',
  },
  {
    library: 'sanitize-html',
    file: 'node_modules/sanitize-html/index.js',
    needle: 'allowedStyles option cannot be used together with parseStyleAttributes',
  },
  {
    library: 'yaml',
    file: 'node_modules/yaml/browser/dist/compose/resolve-block-map.js',
    needle: 'Implicit keys need to be on a single line',
  },
  { library: 'feed', file: 'node_modules/feed/lib/feed.js', needle: 'https://validator.w3.org/feed/docs/rss2.html' },
  {
    library: 'shiki',
    file: 'node_modules/@shikijs/primitive/dist/index.mjs',
    needle: '`engine` option is required for synchronous mode',
  },
  { library: 'a Shiki grammar', file: 'node_modules/@shikijs/langs/dist/go.mjs', needle: 'source.go' },
];

let outDir: string;
let scripts: { name: string; source: string }[];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'field-notes-bundle-'));
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, write: true },
  });
  // Every script the browser may load: the app chunks in assets/ and anything else (a service worker).
  const files = await readdir(outDir, { recursive: true });
  scripts = await Promise.all(
    files
      .filter((name) => /\.m?js$/.test(name))
      .map(async (name) => ({
        name: name.split(path.sep).join('/'),
        source: await readFile(path.join(outDir, name), 'utf8'),
      })),
  );
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the production client bundle', () => {
  it('has app chunks in assets/ to check', () => {
    expect(scripts.filter(({ name }) => /^assets\/[^/]+\.js$/.test(name)).length).toBeGreaterThan(0);
  });

  it('comes with the content index data/index.<hash>.json', async () => {
    const data = await readdir(path.join(outDir, 'data'));
    expect(data.filter((name) => /^index\.[0-9a-f]{10}\.json$/.test(name))).toHaveLength(1);
  });

  it.each(NEEDLES)('does not contain $library', async ({ file, needle }) => {
    // The needle must really be in the library, or its absence from the bundle would prove nothing.
    expect(await readFile(path.join(ROOT, file), 'utf8')).toContain(needle);
    expect(scripts.filter(({ source }) => source.includes(needle)).map(({ name }) => name)).toEqual([]);
  });
});

describe('the page’s scripts', () => {
  it('make no Intl formatter: the first one costs tens of milliseconds of locale data (src/app/format.ts)', () => {
    const pageScripts = scripts.filter(({ name }) => name.startsWith('assets/'));
    const withIntl = pageScripts.filter(({ source }) =>
      /\bIntl\.[A-Z]|toLocale(?:Date|Time)?String|localeCompare/.test(source),
    );
    expect(withIntl.map(({ name }) => name)).toEqual([]);
  });
});

describe('the compile hint (src/build/compile-hints.ts)', () => {
  const pageScript = (pattern: RegExp) => {
    const found = scripts.find(({ name }) => pattern.test(name));
    if (!found) throw new Error(`no script matches ${String(pattern)}`);
    return found;
  };
  const firstLine = (source: string) => source.slice(0, source.indexOf('\n'));

  it('opens every chunk a page hydrates with, above the line Vite puts before some', async () => {
    // The entry and the shell, and lazy-pages, which starts with Vite's list of preloads.
    for (const pattern of [
      /^assets\/index-[\w-]+\.js$/,
      /^assets\/App-[\w-]+\.js$/,
      /^assets\/lazy-pages-[\w-]+\.js$/,
    ]) {
      const { name, source } = pageScript(pattern);
      expect(firstLine(source), name).toBe(COMPILE_HINT);
    }
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const preloads = /data-preload="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(preloads.length).toBeGreaterThan(5);
    for (const file of preloads)
      expect(firstLine(pageScript(new RegExp(`^${file.slice(1)}$`)).source), file).toBe(COMPILE_HINT);
  });

  it('is left off Dexie, which the page runs a little of and late', () => {
    const dexie = scripts.filter(({ source }) => source.includes('Dexie') && source.includes('IDBKeyRange'));
    expect(dexie.length).toBeGreaterThan(0);
    for (const { name, source } of dexie) expect(source, name).not.toContain(COMPILE_HINT);
  });

  it('keeps each source map in step: it gains the hint’s line, unmapped', async () => {
    const { name } = pageScript(/^assets\/App-[\w-]+\.js$/);
    const map = JSON.parse(await readFile(path.join(outDir, `${name}.map`), 'utf8')) as { mappings: string };
    expect(map.mappings.startsWith(';')).toBe(true);
    expect(map.mappings.startsWith(';;')).toBe(false);
  });
});
