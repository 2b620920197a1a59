import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../../src/build/content/build-site.ts';
import { writeSearchIndex } from '../../../src/build/content/search-index.ts';
import { SEARCH_FOLDER, SEARCH_FRAGMENT_LIST, type FragmentList } from '../../../src/shared/search.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID = path.join(ROOT, 'test/fixtures/valid');

/** What Pagefind keeps of one post: its URL, text, title and filters. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

async function readFragments(outDir: string): Promise<Fragment[]> {
  const folder = path.join(outDir, SEARCH_FOLDER, 'fragment');
  const files = await readdir(folder);
  return Promise.all(
    files.map(async (file) => {
      // Pagefind's files are gzipped, behind a 12-byte signature.
      const bytes = gunzipSync(await readFile(path.join(folder, file)));
      return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
    }),
  );
}

describe('the search index', () => {
  let site: BuiltSite;
  let outDir: string;
  let fragments: Fragment[];

  beforeAll(async () => {
    site = await buildSite({
      contentDir: VALID,
      publicDir: path.join(VALID, 'public'),
      includeDrafts: false,
      displayRoot: ROOT,
    });
    outDir = await mkdtemp(path.join(tmpdir(), 'field-notes-search-'));
    await writeSearchIndex(outDir, site.posts, '/notes/', 'en');
    fragments = await readFragments(outDir);
  }, 60_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('holds exactly the published posts, under the base path, and never a draft', () => {
    expect(site.stats.draftsLeftOut).toBeGreaterThan(0);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
      site.posts.map((post) => `/notes/posts/${post.slug}`).sort(),
    );
    expect(fragments.some((fragment) => fragment.content.includes('Unfinished'))).toBe(false);
    expect(fragments.every((fragment) => fragment.meta.draft === undefined)).toBe(true);
  });

  it('marks drafts when a build includes them (npm run dev, DRAFTS=1)', async () => {
    const withDrafts = await buildSite({
      contentDir: VALID,
      publicDir: path.join(VALID, 'public'),
      includeDrafts: true,
      displayRoot: ROOT,
    });
    const draftsDir = await mkdtemp(path.join(tmpdir(), 'field-notes-search-drafts-'));
    try {
      await writeSearchIndex(draftsDir, withDrafts.posts, '/', 'en');
      const drafted = (await readFragments(draftsDir)).filter((fragment) => fragment.meta.draft === 'yes');
      expect(drafted.map((fragment) => fragment.url)).toEqual(
        withDrafts.posts.filter((post) => post.draft).map((post) => `/posts/${post.slug}`),
      );
      expect(drafted.length).toBeGreaterThan(0);
    } finally {
      await rm(draftsDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps each post’s title, summary, body word for word and tags, the tags also as a filter', () => {
    for (const post of site.posts) {
      const fragment = fragments.find((candidate) => candidate.url.endsWith(`/${post.slug}`))!;
      expect(fragment.meta.title).toBe(post.title);
      expect(fragment.meta.date).toBe(post.date);
      expect(fragment.filters.tag?.sort()).toEqual([...post.tags].sort());
      expect(fragment.content).toContain(post.summary);
      for (const tag of post.tags) expect(fragment.content).toContain(tag);
      // Headings without the "#" link beside them.
      expect(fragment.content).not.toMatch(/\w#/);
      // The first sentence of the body, as the reader sees it.
      const firstParagraph = /<p>([^<]+)<\/p>/.exec(post.html)?.[1];
      expect(firstParagraph, post.slug).toBeTruthy();
      expect(fragment.content).toContain(firstParagraph!.split('. ')[0]);
    }
  });

  it('lists the fragments the app saves for offline search', async () => {
    const list = JSON.parse(await readFile(path.join(outDir, SEARCH_FRAGMENT_LIST), 'utf8')) as FragmentList;
    expect(list.posts).toBe(site.posts.length);
    expect(list.files.sort()).toEqual(
      (await readdir(path.join(outDir, SEARCH_FOLDER, 'fragment'))).map((file) => `fragment/${file}`).sort(),
    );
  });
});
