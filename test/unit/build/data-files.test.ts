import { describe, expect, it } from 'vitest';
import { BUNDLE_SIZES, buildDataFiles, chunkBySlug } from '../../../src/build/content/data-files.ts';
import type { IndexManifest, Post, PostBundle, SummaryShard } from '../../../src/shared/post.ts';
import { makePost, SITE } from '../data/fixtures.ts';

/** `count` posts, newest first, with bodies of a few kilobytes. */
function posts(count: number, edit: (post: Post) => Post = (post) => post): Post[] {
  return Array.from({ length: count }, (_, i) =>
    edit(
      makePost(`post-${count - 1 - i}`, {
        date: new Date(Date.UTC(2020, 0, 1) + (count - 1 - i) * 3_600_000).toISOString(),
        html: `<p>${'Body text. '.repeat(200)}</p>`,
      }),
    ),
  );
}

function parse(files: { fileName: string; source: string }[]) {
  const byName = new Map(files.map((file) => [file.fileName, JSON.parse(file.source) as unknown]));
  const manifest = byName.get(files[0]!.fileName) as IndexManifest;
  const entries = manifest.shards.flatMap((name) => (byName.get(name) as SummaryShard).posts);
  const bundles = files.filter((file) => file.fileName.startsWith('data/bundles/'));
  return { byName, manifest, entries, bundles };
}

describe('buildDataFiles at 10,000 posts', () => {
  const all = posts(10_000);
  const { files } = buildDataFiles('v1', SITE, all);
  const { byName, manifest, entries, bundles } = parse(files);

  it('keeps the manifest small: it names shards, it does not hold summaries', () => {
    expect(files[0]!.fileName).toBe('data/index.v1.json');
    expect(manifest.total).toBe(10_000);
    expect(files[0]!.source.length).toBeLessThan(3_000);
    expect(manifest.shards.length).toBeGreaterThan(5);
    expect(manifest.shards.length).toBeLessThan(60);
  });

  it('lists every post once across the shards, newest first, each naming the bundle that holds it', () => {
    expect(entries.map((entry) => entry.slug)).toEqual(all.map((post) => post.slug));
    for (const entry of entries.slice(0, 300)) {
      const bundle = byName.get(entry.bundle) as PostBundle;
      expect(bundle.posts.find((post) => post.slug === entry.slug)).toEqual(all.find((p) => p.slug === entry.slug));
    }
  });

  it('packs bodies into about a hundred bundles, each within its limits', () => {
    expect(bundles.length).toBeGreaterThan(40);
    expect(bundles.length).toBeLessThan(250);
    const held = bundles.flatMap((file) => (JSON.parse(file.source) as PostBundle).posts.map((post) => post.slug));
    expect(held.sort()).toEqual(all.map((post) => post.slug).sort());
    for (const file of bundles) {
      const count = (JSON.parse(file.source) as PostBundle).posts.length;
      expect(count).toBeLessThanOrEqual(BUNDLE_SIZES.maxItems);
    }
  });

  it('changes one bundle and one shard when one post changes', () => {
    const edited = posts(10_000, (post) => (post.slug === 'post-5000' ? { ...post, hash: 'edited', words: 1 } : post));
    const after = buildDataFiles('v2', SITE, edited).files.map((file) => file.fileName);
    const before = new Set(files.map((file) => file.fileName));
    const changed = after.filter((name) => !before.has(name));
    expect(changed.filter((name) => name.startsWith('data/bundles/'))).toHaveLength(1);
    expect(changed.filter((name) => name.startsWith('data/shards/'))).toHaveLength(1);
  });

  it('changes only the newest files when a post is added', () => {
    const added = [makePost('brand-new', { date: '2030-01-01T00:00:00.000Z' }), ...all];
    const after = buildDataFiles('v2', SITE, added).files.map((file) => file.fileName);
    const before = new Set(files.map((file) => file.fileName));
    expect(after.filter((name) => name.startsWith('data/bundles/') && !before.has(name)).length).toBeLessThanOrEqual(2);
    expect(after.filter((name) => name.startsWith('data/shards/') && !before.has(name)).length).toBeLessThanOrEqual(2);
  });
});

describe('chunkBySlug', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ slug: `item-${i}` }));

  it('keeps every item once, in order, and respects the item and byte limits', () => {
    const runs = chunkBySlug(items, { target: 1_000, maxItems: 7, maxBytes: Infinity }, () => 1);
    expect(runs.flat()).toEqual(items);
    expect(runs.every((run) => run.length <= 7)).toBe(true);
    const bySize = chunkBySlug(items, { target: 1_000, maxItems: 100, maxBytes: 10 }, () => 4);
    expect(bySize.every((run) => run.length <= 3)).toBe(true);
    expect(bySize.flat()).toEqual(items);
  });

  it('gives no run for no items', () => {
    expect(chunkBySlug([], BUNDLE_SIZES, () => 1)).toEqual([]);
  });
});
