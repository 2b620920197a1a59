import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexManifest, PostIndex, SummaryShard } from '../src/shared/post.ts';

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
