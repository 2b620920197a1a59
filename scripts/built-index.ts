import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexManifest, Post, PostBundle, PostIndex, ShardEntry, SummaryShard } from '../src/shared/post.ts';

/** The post index a build emitted, from its manifest and every shard: every post's summary. */
export function readBuiltIndex(distDir: string): PostIndex {
  const dataDir = path.join(distDir, 'data');
  const file = readdirSync(dataDir).find((name) => /^index\.[0-9a-f]+\.json$/.test(name));
  if (!file) throw new Error(`No data/index.<hash>.json in ${dataDir}: did the build run?`);
  const manifest = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as IndexManifest;
  const posts = manifest.shards.flatMap(
    (shard) => (JSON.parse(readFileSync(path.join(distDir, shard), 'utf8')) as SummaryShard).posts,
  );
  return { version: manifest.version, site: manifest.site, posts };
}

/** One whole post as a build emitted it, body included, from the bundle its shard entry names. */
export function readBuiltPost(distDir: string, slug: string): Post {
  const entry = readBuiltIndex(distDir).posts.find((post) => post.slug === slug) as ShardEntry | undefined;
  if (!entry) throw new Error(`The build in ${distDir} has no post "${slug}".`);
  const bundle = JSON.parse(readFileSync(path.join(distDir, entry.bundle), 'utf8')) as PostBundle;
  const post = bundle.posts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`${entry.bundle} does not hold the post "${slug}" its shard lists there.`);
  return post;
}
