import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusTags, generateCorpus, TAG_COUNT, WORD_RANGE } from '../../../scripts/corpus/generate.ts';
import { writeCorpus } from '../../../scripts/corpus/write.ts';
import { buildSite, type BuiltSite } from '../../../src/build/content/build-site.ts';
import { parsePost, type ParsedPost } from '../../../src/build/content/parse-post.ts';

const folders: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-test-'));
  folders.push(dir);
  return dir;
}

/** Every file under a folder, by relative path, as raw bytes. */
async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of names.filter((name) => name.isFile())) {
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute), await readFile(absolute));
  }
  return files;
}

function parsedPosts(posts: number, seed: number): ParsedPost[] {
  return generateCorpus({ posts, seed })
    .filter((file) => file.path.startsWith('posts/'))
    .map((file) => {
      const result = parsePost(file.content, file.path);
      if (!result.ok) throw new Error(`${file.path}: ${result.problems.map((p) => p.message).join('; ')}`);
      return result.post;
    });
}

afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateCorpus', () => {
  it('writes byte-identical files for the same seed', async () => {
    const [first, second] = [await tempDir(), await tempDir()];
    await writeCorpus({ posts: 40, seed: 7 }, first);
    await writeCorpus({ posts: 40, seed: 7 }, second);
    const [a, b] = [await readTree(first), await readTree(second)];
    expect(a.size).toBe(41);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('writes different posts for a different seed', () => {
    const a = generateCorpus({ posts: 40, seed: 7 });
    const b = generateCorpus({ posts: 40, seed: 8 });
    expect(a.map((file) => file.path)).not.toEqual(b.map((file) => file.path));
    expect(a.slice(1).map((file) => file.content)).not.toEqual(b.slice(1).map((file) => file.content));
  });

  it('draws 1 to 5 tags a post from 200, with a long tail', () => {
    const posts = parsedPosts(3000, 42);
    const counts = new Map<string, number>();
    for (const post of posts) {
      expect(post.tags.length).toBeGreaterThanOrEqual(1);
      expect(post.tags.length).toBeLessThanOrEqual(5);
      for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    expect(new Set(corpusTags()).size).toBe(TAG_COUNT);
    expect([...counts.keys()].every((tag) => corpusTags().includes(tag))).toBe(true);
    // Nearly every tag is used at this size, but a handful of head tags carry most of the uses.
    expect(counts.size).toBeGreaterThan(150);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(10 * median);
    expect(counts.get('kubernetes')).toBe(sorted[0]);
    const headUses = sorted.slice(0, 20).reduce((sum, n) => sum + n, 0);
    const allUses = sorted.reduce((sum, n) => sum + n, 0);
    expect(headUses / allUses).toBeGreaterThan(0.5);
  });

  it('with the wide vocabulary, puts most words in few posts, as real text does; the small one puts most in most posts', () => {
    const documentFrequencies = (vocabulary: 'small' | 'wide') => {
      const posts = generateCorpus({ posts: 300, seed: 5, vocabulary }).slice(1);
      const frequency = new Map<string, number>();
      for (const post of posts)
        for (const word of new Set(post.content.toLowerCase().match(/[a-z]+/g)))
          frequency.set(word, (frequency.get(word) ?? 0) + 1);
      return [...frequency.values()].sort((a, b) => a - b);
    };
    const median = (values: number[]) => values[values.length >> 1]!;
    const wide = documentFrequencies('wide');
    expect(wide.length).toBeGreaterThan(5000);
    expect(median(wide)).toBeLessThan(300 * 0.05);
    expect(median(documentFrequencies('small'))).toBeGreaterThan(300 * 0.5);
  });

  it('keeps the small vocabulary the default, post for post', () => {
    expect(generateCorpus({ posts: 20, seed: 9, vocabulary: 'small' })).toEqual(generateCorpus({ posts: 20, seed: 9 }));
  });

  it('spreads dates over several years', () => {
    const years = new Set(parsedPosts(200, 42).map((post) => post.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });
});

describe('a generated corpus of 30 posts', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const dir = await writeCorpus({ posts: 30, seed: 42 }, await tempDir());
    site = await buildSite({ contentDir: dir, publicDir: path.join(dir, 'public'), includeDrafts: false });
  });

  it('builds without errors or warnings', () => {
    expect(site.warnings).toEqual([]);
    expect(site.stats.published).toBe(30);
    expect(site.index.posts).toHaveLength(30);
  });

  it('has posts between 300 and 3,000 words, short and long ones', () => {
    const words = site.posts.map((post) => post.words);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(WORD_RANGE.min);
    expect(Math.max(...words)).toBeLessThanOrEqual(WORD_RANGE.max);
    expect(words.some((n) => n < 800)).toBe(true);
    expect(words.some((n) => n > 1500)).toBe(true);
  });

  it('has headings, lists, code blocks and links to other posts and outside', () => {
    const html = site.posts.map((post) => post.html).join('\n');
    expect(site.posts.every((post) => post.headings.length > 0)).toBe(true);
    expect(html).toMatch(/<ul>\n<li>/);
    expect(html).toMatch(/<ol>\n<li>/);
    expect(html).toMatch(/<pre tabindex="0"><code class="language-(yaml|sh|go)"><span class="tok-/);
    expect(html).toMatch(/<a href="https:\/\/example\.org\/[a-z]+" rel="noopener noreferrer">/);
    const slugs = new Set(site.posts.map((post) => post.slug));
    const internal = [...html.matchAll(/<a href="\/posts\/([^"]+)">/g)].map((match) => match[1]!);
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.every((slug) => slugs.has(slug))).toBe(true);
  });
});
