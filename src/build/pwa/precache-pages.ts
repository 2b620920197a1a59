import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestEntry } from 'workbox-build';

/** Workbox's own limit for one precached file (its default, which the build keeps). */
export const MAX_PRECACHED_BYTES = 2 * 1024 * 1024;

/** Precache entries as Workbox's glob makes them; a file over its limit gets Workbox's warning, failing the build. */
export async function precacheEntries(
  outDir: string,
  files: readonly string[],
): Promise<{ manifest: (ManifestEntry & { size: number })[]; warnings: string[] }> {
  const manifest: (ManifestEntry & { size: number })[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const content = await readFile(path.join(outDir, file));
    if (content.length > MAX_PRECACHED_BYTES)
      warnings.push(
        `${file} is ${content.length} B, and won't be precached. Configure maximumFileSizeToCacheInBytes to change this limit.`,
      );
    else manifest.push({ url: file, revision: createHash('md5').update(content).digest('hex'), size: content.length });
  }
  return { manifest, warnings };
}
