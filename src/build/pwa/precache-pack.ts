import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { ManifestEntry } from 'workbox-build';
import { isPacked, PRECACHE_PACK_FILE } from '../../shared/precache-pack.ts';
import { contentTypeFor } from '../../shared/content-type.ts';

/**
 * Writes the precache pack (layout in src/shared/precache-pack.ts): each request costs the
 * service worker time of its own, so one request for the whole site installs it sooner (A/B in
 * bench/README.md, "Speed tricks re-justified"). The worker checks every file's revision against
 * its own precache list, so a pack from another deploy is never mistaken for this one's files.
 */
export async function writePrecachePack(outDir: string, manifest: readonly ManifestEntry[]): Promise<void> {
  const entries = manifest.filter((entry) => isPacked(entry.url));
  const bodies = await Promise.all(entries.map((entry) => readFile(path.join(outDir, entry.url))));
  const index = entries.map((entry, i) => [
    entry.url,
    entry.revision ?? null,
    contentTypeFor(entry.url),
    bodies[i]!.length,
  ]);
  const header = Buffer.from(JSON.stringify(index));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const packed = await promisify(gzip)(Buffer.concat([length, header, ...bodies]), { level: 9 });
  await writeFile(path.join(outDir, PRECACHE_PACK_FILE), packed);
}
