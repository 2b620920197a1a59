/** One file read out of the precache pack. */
export interface PackedFile {
  /** Relative to the site root, as in the precache list. */
  url: string;
  revision: string | null;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

/** A file the worker still has to cache: where it goes, and the revision it must have. */
export interface WantedFile {
  cacheKey: string;
  revision: string | null;
}

/** Reads a gunzipped pack (layout in src/shared/precache-pack.ts); throws on a damaged one, so it is never cached. */
export function readPack(bytes: Uint8Array<ArrayBuffer>): PackedFile[] {
  if (bytes.length < 4) throw new Error('precache pack: too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0);
  const index: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)));
  if (!Array.isArray(index)) throw new Error('precache pack: no index');
  let offset = 4 + headerLength;
  const files = index.map((entry: unknown) => {
    if (!isIndexEntry(entry)) throw new Error(`precache pack: bad index entry ${JSON.stringify(entry)}`);
    const [url, revision, contentType, length] = entry;
    const body = bytes.subarray(offset, offset + length);
    offset += length;
    return { url, revision, contentType, body };
  });
  if (offset !== bytes.length) throw new Error('precache pack: its files do not add up to its length');
  return files;
}

function isIndexEntry(entry: unknown): entry is [string, string | null, string, number] {
  if (!Array.isArray(entry) || entry.length !== 4) return false;
  const [url, revision, contentType, length] = entry as unknown[];
  return (
    typeof url === 'string' &&
    (revision === null || typeof revision === 'string') &&
    typeof contentType === 'string' &&
    Number.isInteger(length) &&
    (length as number) >= 0
  );
}

// These describe the pack's own body; every other header the host sent (a Content-Security-Policy,
// say) applies to each file as it would have to the file fetched on its own.
const BODY_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'content-disposition',
  'etag',
  'last-modified',
  'accept-ranges',
]);

/** Caches the pack's `wanted` files (by absolute URL) at the revision wanted; resolves with the keys it filled. */
export async function cacheFromPack(
  cache: Cache,
  packUrl: string,
  wanted: ReadonlyMap<string, WantedFile>,
): Promise<Set<string>> {
  // The pack's name never changes: ask the host whether it did.
  const response = await fetch(packUrl, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(`precache pack: HTTP ${response.status}`);
  const unzipped = response.body.pipeThrough(new DecompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(unzipped).arrayBuffer());
  const files = readPack(bytes);
  // Each file is a slice of one Blob of the whole pack, which shares its bytes: a Blob per file copies them again,
  // and the install took longer (bench/README.md).
  const whole = new Blob([bytes]);
  const inherited: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (!BODY_HEADERS.has(name.toLowerCase())) inherited.push([name, value]);
  });

  const filled = new Set<string>();
  await Promise.all(
    files.map(async (file) => {
      const want = wanted.get(new URL(file.url, packUrl).href);
      // A pack from another deploy fills only what did not change; the caller fetches the rest.
      if (!want || want.revision !== file.revision) return;
      const headers = new Headers(inherited);
      headers.set('Content-Type', file.contentType);
      headers.set('Content-Length', String(file.body.length));
      const start = file.body.byteOffset - bytes.byteOffset;
      const body = whole.slice(start, start + file.body.length, file.contentType);
      await cache.put(want.cacheKey, new Response(body, { status: 200, headers }));
      filled.add(want.cacheKey);
    }),
  );
  return filled;
}
