import { bundlePath, indexPath, shardPath } from '../../shared/data-urls.ts';
import type { IndexManifest, Post, PostBundle, ShardEntry, SiteInfo, SummaryShard } from '../../shared/post.ts';
import { toSummary } from '../../shared/post.ts';
import { contentHash } from './hash.ts';

/** How posts are grouped into files: about `target` items a file, never more than `maxItems` or `maxBytes`. */
export interface ChunkSizes {
  target: number;
  maxItems: number;
  maxBytes: number;
}

/** Body bundles: about a hundred posts or 1 MiB each, so 10,000 posts are about a hundred requests. */
export const BUNDLE_SIZES: ChunkSizes = { target: 100, maxItems: 200, maxBytes: 1024 * 1024 };
/** Summary shards: about 500 summaries each. */
export const SHARD_SIZES: ChunkSizes = { target: 500, maxItems: 1000, maxBytes: 1024 * 1024 };

/** The data files of one build: the manifest, its shards and the body bundles. */
export interface DataFiles {
  manifest: IndexManifest;
  files: { fileName: string; source: string }[];
}

/** Splits `items` (oldest first) into runs cut by slug hash or size, so an edit renames only its own run's file. */
export function chunkBySlug<T extends { slug: string }>(
  items: readonly T[],
  sizes: ChunkSizes,
  bytesOf: (item: T) => number,
): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let bytes = 0;
  for (const item of items) {
    run.push(item);
    bytes += bytesOf(item);
    const boundary = Number.parseInt(contentHash(item.slug).slice(0, 8), 16) % sizes.target === 0;
    if (boundary || run.length >= sizes.maxItems || bytes >= sizes.maxBytes) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Emits bundles and shards for `posts` (newest first) and the manifest naming the shards. */
export function buildDataFiles(version: string, site: SiteInfo, posts: readonly Post[]): DataFiles {
  const oldestFirst = [...posts].reverse();
  const files: { fileName: string; source: string }[] = [];
  const bundleOf = new Map<string, string>();
  for (const run of chunkBySlug(oldestFirst, BUNDLE_SIZES, (post) => post.html.length)) {
    // Newest first inside a bundle too, like every list the app keeps.
    const bundle: PostBundle = { posts: [...run].reverse() };
    const source = JSON.stringify(bundle);
    const fileName = bundlePath(contentHash(source));
    for (const post of run) bundleOf.set(post.slug, fileName);
    files.push({ fileName, source });
  }
  const entries: ShardEntry[] = oldestFirst.map((post) => ({ ...toSummary(post), bundle: bundleOf.get(post.slug)! }));
  const shards: string[] = [];
  for (const run of chunkBySlug(entries, SHARD_SIZES, (entry) => entry.summary.length + 200)) {
    const shard: SummaryShard = { posts: [...run].reverse() };
    const source = JSON.stringify(shard);
    const fileName = shardPath(contentHash(source));
    shards.push(fileName);
    files.push({ fileName, source });
  }
  const manifest: IndexManifest = { version, site, total: posts.length, shards: shards.reverse() };
  // Newest posts' files first, then the manifest: the order a reader's first visit needs them.
  files.reverse();
  files.unshift({ fileName: indexPath(version), source: JSON.stringify(manifest) });
  return { manifest, files };
}
