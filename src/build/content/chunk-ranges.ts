import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import type { IndexChunkRanges } from '../../shared/search.ts';

const SIGNATURE = 'pagefind_dcd';

/** The words each Pagefind index chunk runs from and to; throws on a new layout, so the build fails, not search. */
export function readChunkRanges(metaFile: Uint8Array): IndexChunkRanges {
  const meta = decodeMeta(gunzipSync(metaFile));
  const chunks = Array.isArray(meta) ? (meta[2] as unknown) : undefined;
  if (!Array.isArray(chunks) || !chunks.every(isChunk))
    throw new Error(
      `search index: Pagefind's metadata is not laid out as src/build/content/chunk-ranges.ts expects (written by Pagefind ${String(Array.isArray(meta) ? meta[0] : '?')})`,
    );
  return chunks.map(([from, to]) => [from, to]);
}

function decodeMeta(bytes: Buffer): unknown {
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) return undefined;
  try {
    return decode(bytes.subarray(SIGNATURE.length));
  } catch {
    return undefined;
  }
}

function isChunk(chunk: unknown): chunk is [string, string, string] {
  return Array.isArray(chunk) && chunk.length === 3 && chunk.every((field) => typeof field === 'string');
}
