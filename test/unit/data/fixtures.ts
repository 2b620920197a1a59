import type { ContentSource } from '../../../src/app/data/sync.ts';
import type { IndexManifest, Post, PostIndex, ShardEntry, SiteInfo } from '../../../src/shared/post.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { vi } from 'vitest';
import type { SiteAsset } from '../../../src/build/content/build-site.ts';

/** A valid post; `hash` defaults to one derived from the slug so two builders agree. */
export function makePost(slug: string, overrides: Partial<Post> = {}): Post {
  return {
    slug,
    title: `Title of ${slug}`,
    date: '2025-11-12T09:00:00.000Z',
    tags: ['kubernetes'],
    summary: `Summary of ${slug}.`,
    words: 600,
    readingMinutes: 3,
    draft: false,
    hash: `hash-${slug}-1`,
    html: `<h2 id="intro">Intro</h2><p>Body of ${slug}.</p>`,
    headings: [{ id: 'intro', text: 'Intro', depth: 2 }],
    ...overrides,
  };
}

export const SITE: SiteInfo = {
  title: 'KubeCon Field Notes',
  description: 'Notes from the hallway track.',
  language: 'en',
  baseUrl: 'https://example.test/',
};

export function makeIndex(version: string, posts: readonly Post[]): PostIndex {
  return { version, site: SITE, posts: posts.map(toSummary) };
}

/** A ContentSource over fixed posts, recording the slugs of every post it delivered in a bundle. */
export interface FixtureSource extends ContentSource {
  readonly fetched: string[];
  /** Bundle files asked for, in order. */
  readonly bundlesFetched: string[];
  /** Shard files asked for. */
  readonly shardsFetched: string[];
}

/** How a fixture source splits and fails. */
export interface SourceOptions {
  /** The bundle holding this slug fails with HTTP 503. */
  failOn?: string;
  /** Every bundle after the first `n` fails, as when the connection drops. */
  failAfterBundles?: number;
  /** Posts per bundle (1 by default, so `fetched` names exactly the posts that were needed). */
  bundleSize?: number;
  /** Summaries per shard. */
  shardSize?: number;
}

/**
 * Serves `posts` (newest first, as the build lists them) the way the build does: a manifest,
 * summary shards and body bundles; every response is a fresh copy, as from the network.
 */
export function makeSource(version: string, posts: readonly Post[], options: SourceOptions = {}): FixtureSource {
  const bundleSize = options.bundleSize ?? 1;
  const shardSize = options.shardSize ?? 2;
  const bundles = new Map<string, Post[]>();
  const entries: ShardEntry[] = posts.map((post, i) => {
    const bundle = `data/bundles/b${Math.floor(i / bundleSize)}-${version}.json`;
    bundles.set(bundle, [...(bundles.get(bundle) ?? []), post]);
    return { ...toSummary(post), bundle };
  });
  const shards = new Map<string, ShardEntry[]>();
  entries.forEach((entry, i) => {
    const shard = `data/shards/s${Math.floor(i / shardSize)}-${version}.json`;
    shards.set(shard, [...(shards.get(shard) ?? []), entry]);
  });
  const manifest: IndexManifest = { version, site: SITE, total: posts.length, shards: [...shards.keys()] };
  const fetched: string[] = [];
  const bundlesFetched: string[] = [];
  const shardsFetched: string[] = [];
  return {
    fetched,
    bundlesFetched,
    shardsFetched,
    fetchIndex: () => Promise.resolve(structuredClone(manifest)),
    fetchShard: (file) => {
      shardsFetched.push(file);
      const shard = shards.get(file);
      return shard ? Promise.resolve(structuredClone(shard)) : Promise.reject(new Error(`No shard ${file}`));
    },
    fetchBundle: (file) => {
      const content = bundles.get(file);
      if (!content) return Promise.reject(new Error(`No bundle ${file}`));
      const failing = content.find((post) => post.slug === options.failOn);
      if (failing) return Promise.reject(new Error(`HTTP 503 for ${failing.slug}`));
      if (options.failAfterBundles !== undefined && bundlesFetched.length >= options.failAfterBundles)
        return Promise.reject(new Error(`Connection lost before ${file}`));
      bundlesFetched.push(file);
      fetched.push(...content.map((post) => post.slug));
      return Promise.resolve(structuredClone(content));
    },
  };
}

/** Slugs of the rows of a table, sorted, for exact comparisons. */
export function slugsOf(rows: readonly { slug: string }[]): string[] {
  return rows.map((row) => row.slug).sort();
}

/** Posts whose dates make the newest-first order differ from slug and insertion order. */
export const TAGGED_POSTS: readonly Post[] = [
  makePost('mesh', { date: '2018-05-01T00:00:00.000Z', tags: ['kubernetes', 'service-mesh', 'conference'] }),
  makePost('ops', { date: '2017-12-01T00:00:00.000Z', tags: ['kubernetes', 'monitoring'] }),
  makePost('austin', { date: '2018-01-15T00:00:00.000Z', tags: ['kubernetes', 'conference'] }),
  makePost('stack', { date: '2016-03-01T00:00:00.000Z', tags: ['openstack', 'conference'] }),
  makePost('untagged', { date: '2019-01-01T00:00:00.000Z', tags: [] }),
];

/**
 * Stubs `fetch` with a network serving the data files a build emitted (the manifest first), so
 * the real start-up path (`startData`) can sync from them. Undo with `vi.unstubAllGlobals()`.
 */
export function serveDataFiles(files: readonly SiteAsset[]): void {
  vi.stubGlobal('fetch', (url: string) => {
    const file = url.includes('data/index.') ? files[0] : files.find((candidate) => url.endsWith(candidate.fileName));
    return Promise.resolve(new Response(file?.source ?? '', { status: file ? 200 : 404 }));
  });
}
