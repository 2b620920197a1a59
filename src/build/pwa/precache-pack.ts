import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { ManifestEntry } from 'workbox-build';
import { isPacked, PRECACHE_PACK_FILE } from '../../shared/precache-pack.ts';
import { contentTypeFor } from '../../shared/content-type.ts';

/** Writes the precache pack (src/shared/precache-pack.ts), one download for the whole site: see bench/README.md. */
export async function writePrecachePack(outDir: string, manifest: readonly ManifestEntry[]): Promise<void> {
  const entries = manifest.filter((entry) => isPacked(entry.url));
  const bodies = await Promise.all(entries.map((entry) => readFile(path.join(outDir, entry.url))));
  const index = entries.map((entry, i) => [
    entry.url,
    // The worker checks each revision against its own list, so another deploy's pack is never taken for this one.
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
