import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageRoutes } from '../../../src/build/prerender/page-routes.ts';
import { renderInParallel } from '../../../src/build/prerender/render-in-parallel.ts';
import { renderPages, type ServerEntry } from '../../../src/build/prerender/render-pages.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { makePost } from '../data/fixtures.ts';

// A stand-in for the app's server build: a plain module, as workers load it by URL.
const ENTRY = `
export async function preparePrerender() {}
export function renderPage(url, content) {
  return { html: '<p>' + url + ' of ' + content.posts.length + '</p>', title: url, description: 'About ' + url, tags: [{ rel: 'canonical', href: 'https://example.org' + url }], seeds: { url } };
}
`;
const TEMPLATE =
  '<html><head><title></title><meta name="description" content="" /><meta name="field-notes:app" content="/notes/assets/index.js" data-preload="" />' +
  '<style data-page-styles></style></head><body><div id="app"></div></body></html>';
const STYLES = { shared: 'body{margin:0}', byPage: { post: '.post-body{max-width:40em}' } };
const MODULES = { shared: ['/notes/assets/App.js'], byPage: { post: ['/notes/assets/PostPage.js'] } };

const posts = ['a', 'b', 'c', 'd', 'e'].map((slug) => makePost(`post-${slug}`, { tags: [`tag-${slug}`] }));
const routes = pageRoutes(posts.map(toSummary));

let dir: string;
let entryUrl: string;
let entry: ServerEntry;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'field-notes-pages-'));
  entryUrl = pathToFileURL(path.join(dir, 'entry.mjs')).href;
  await writeFile(path.join(dir, 'entry.mjs'), ENTRY);
  entry = (await import(entryUrl)) as ServerEntry;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `outDir`, by path, with its text. */
async function filesIn(outDir: string): Promise<Record<string, string>> {
  const names = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files: Record<string, string> = {};
  for (const file of names) {
    const full = path.join(file.parentPath, file.name);
    files[path.relative(outDir, full)] = await readFile(full, 'utf8');
  }
  return files;
}

async function outFolder(name: string): Promise<string> {
  const outDir = path.join(dir, name);
  for (const folder of ['posts', 'tags']) await mkdir(path.join(outDir, folder), { recursive: true });
  return outDir;
}

describe('renderInParallel', () => {
  it('writes, through worker threads alone, exactly the pages this thread writes', async () => {
    const warn = vi.spyOn(console, 'warn');
    const here = await outFolder('here');
    const there = await outFolder('there');
    renderPages(
      entry,
      { posts },
      { template: TEMPLATE, basePath: '/notes/', styles: STYLES, modules: MODULES, outDir: here },
      routes,
    );

    const { threads } = await renderInParallel(
      { entry, entryUrl },
      { posts },
      { template: TEMPLATE, basePath: '/notes/', styles: STYLES, modules: MODULES, outDir: there },
      routes,
      { threads: 3, minPages: 0, chunk: 2 },
    );

    expect(warn).not.toHaveBeenCalled();
    expect(threads).toBe(3);
    const written = await filesIn(there);
    expect(Object.keys(written)).toHaveLength(routes.length);
    expect(written).toEqual(await filesIn(here));
    expect(written['posts/post-a.html']).toContain(
      '<div id="app" data-prerendered="/notes/posts/post-a"><p>/notes/posts/post-a of 5</p></div>',
    );
    // Each page inlines the shared styles and its own page's: a post's, never home's.
    expect(written['posts/post-a.html']).toContain('<style>body{margin:0}.post-body{max-width:40em}</style>');
    expect(written['index.html']).toContain('<style>body{margin:0}</style>');
    expect(written['tags/tag-a.html']).toContain('<style>body{margin:0}</style>');
    // And the modules its app hydrates with, for public/boot.js to ask for beside the entry.
    const appMeta = '<meta name="field-notes:app" content="/notes/assets/index.js" data-preload=';
    expect(written['posts/post-a.html']).toContain(`${appMeta}"/notes/assets/App.js /notes/assets/PostPage.js" />`);
    expect(written['index.html']).toContain(`${appMeta}"/notes/assets/App.js" />`);
  });

  it('renders here the pages of a worker that cannot start, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outDir = await outFolder('out');
    const missing = pathToFileURL(path.join(dir, 'missing.mjs')).href;

    await renderInParallel(
      { entry, entryUrl: missing },
      { posts },
      { template: TEMPLATE, basePath: '/', styles: STYLES, modules: MODULES, outDir },
      routes,
      { threads: 2, minPages: 0, chunk: 3 },
    );

    expect(warn).toHaveBeenCalledWith(expect.stringContaining('A prerender worker failed'));
    expect(Object.keys(await filesIn(outDir)).sort()).toEqual(routes.map((route) => route.file).sort());
  });

  it('renders a small site on this thread alone', async () => {
    const outDir = await outFolder('small');
    const result = await renderInParallel(
      { entry, entryUrl },
      { posts },
      { template: TEMPLATE, basePath: '/', styles: STYLES, modules: MODULES, outDir },
      routes,
      {
        threads: 4,
      },
    );

    expect(result.threads).toBe(1);
    expect(Object.keys(await filesIn(outDir))).toHaveLength(routes.length);
  });
});
