import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManifestEntry } from 'workbox-build';
import { writePrecachePack } from '../../../src/build/pwa/precache-pack.ts';
import { PRECACHE_PACK_FILE } from '../../../src/shared/precache-pack.ts';
import { installPrecache } from '../../../src/sw/precache-install.ts';
import { readPack } from '../../../src/sw/precache-pack.ts';

type Controller = Parameters<typeof installPrecache>[0];
type InstallEvent = Parameters<typeof installPrecache>[1];

const SITE = 'http://site.test/';
const CACHE_NAME = 'precache-test';

/** The Cache Storage API the worker gets from the browser, in memory: one cache, keyed by URL. */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  put(request: string | Request, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response);
    return Promise.resolve();
  }
}

let cache: MemoryCache;
let outDir: string;

beforeEach(async () => {
  cache = new MemoryCache();
  vi.stubGlobal('caches', { open: (name: string) => Promise.resolve(name === CACHE_NAME ? cache : undefined) });
  // Workbox resolves precache URLs against the worker's own location.
  vi.stubGlobal('location', new URL(`${SITE}sw.js`));
  outDir = await mkdtemp(path.join(tmpdir(), 'field-notes-pack-'));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await rm(outDir, { recursive: true, force: true });
});

/**
 * A stand-in for Workbox's PrecacheController over `manifest` (keyed as Workbox keys it), whose
 * strategy answers after a few milliseconds and notes what it was asked to fetch.
 */
function controllerFor(manifest: ManifestEntry[]) {
  const urls = new Map<string, string>();
  for (const { url, revision } of manifest) {
    const absolute = new URL(url, SITE).href;
    urls.set(absolute, revision ? `${absolute}?__WB_REVISION__=${revision}` : absolute);
  }
  const seen: { url: string; cacheKey: string; cache: RequestCache }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const controller = {
    getURLsToCacheKeys: () => urls,
    getIntegrityForCacheKey: () => undefined,
    strategy: {
      cacheName: CACHE_NAME,
      handleAll({ request, params }: { request: Request; params: { cacheKey: string } }) {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        seen.push({ url: request.url, cacheKey: params.cacheKey, cache: request.cache });
        const done = new Promise<void>((resolve) =>
          setTimeout(() => {
            inFlight -= 1;
            resolve();
          }, 2),
        );
        return [done, done];
      },
    },
  } as unknown as Controller;
  return { controller, urls, seen, mostInFlight: () => mostInFlight };
}

/** `count` files, every third one revisioned (a page), the others hashed names (chunks). */
function manifestOf(count: number): ManifestEntry[] {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0 ? { url: `page-${i}.html`, revision: `r${i}` } : { url: `assets/chunk-${i}.js`, revision: null },
  );
}

/** Writes each file of `manifest` with its own content, then the build's pack of them. */
async function buildWithPack(manifest: ManifestEntry[]): Promise<Uint8Array> {
  for (const { url } of manifest) {
    await mkdir(path.dirname(path.join(outDir, url)), { recursive: true });
    await writeFile(path.join(outDir, url), `content of ${url}`);
  }
  await writePrecachePack(outDir, manifest);
  return readFile(path.join(outDir, PRECACHE_PACK_FILE));
}

/**
 * Answers the pack's URL with `pack` (and the host's `headers`), anything else with a 404. With
 * `answerOnceSeen`, the pack comes only once that file's own fetch has begun (or never: a 404
 * after a second).
 */
function serve(pack: Uint8Array | undefined, headers: Record<string, string> = {}, answerOnceSeen?: () => boolean) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    requested.push(input);
    for (let waited = 0; answerOnceSeen && !answerOnceSeen(); waited += 10) {
      if (waited > 1000) return new Response('Not found', { status: 404 });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return input === `${SITE}${PRECACHE_PACK_FILE}` && pack
      ? new Response(new Uint8Array(pack), { headers: { 'Content-Type': 'application/octet-stream', ...headers } })
      : new Response('Not found', { status: 404 });
  });
  return requested;
}

const packUrl = `${SITE}${PRECACHE_PACK_FILE}`;

describe('installPrecache, file by file', () => {
  it('caches every entry once, several at a time but never more than the limit', async () => {
    const manifest = manifestOf(23);
    const { controller, urls, seen, mostInFlight } = controllerFor(manifest);
    await installPrecache(controller, {} as InstallEvent, { manifest, concurrency: 4 });
    expect(seen.map((entry) => entry.url).sort()).toEqual([...urls.keys()].sort());
    expect(mostInFlight()).toBe(4);
  });

  it('passes each entry its cache key, and bypasses the HTTP cache only for revisioned URLs', async () => {
    const manifest = manifestOf(6);
    const { controller, urls, seen } = controllerFor(manifest);
    await installPrecache(controller, {} as InstallEvent, { manifest, concurrency: 2 });
    expect(seen).toHaveLength(6);
    for (const entry of seen) {
      expect(entry.cacheKey).toBe(urls.get(entry.url));
      expect(entry.cache).toBe(entry.cacheKey === entry.url ? 'default' : 'reload');
    }
  });

  it('fails the install when any entry fails, as Workbox does', async () => {
    const manifest = manifestOf(5);
    const { controller } = controllerFor(manifest);
    const failing = {
      ...controller,
      strategy: {
        cacheName: CACHE_NAME,
        handleAll: () => [Promise.reject(new Error('bad-precaching-response')), Promise.resolve()],
      },
    } as unknown as Controller;
    await expect(installPrecache(failing, {} as InstallEvent, { manifest, concurrency: 3 })).rejects.toThrow(
      'bad-precaching-response',
    );
  });
});

describe('readPack', () => {
  it('refuses bytes whose files do not add up to the index', async () => {
    const pack = gunzipSync(await buildWithPack(manifestOf(3)));
    expect(readPack(new Uint8Array(pack)).map((file) => file.url)).toEqual(manifestOf(3).map((entry) => entry.url));
    expect(() => readPack(new Uint8Array([...pack, 0]))).toThrow(/do not add up/);
    expect(() => readPack(new Uint8Array(pack.subarray(0, pack.length - 1)))).toThrow(/do not add up/);
  });
});

describe('installPrecache, from the pack', () => {
  it('takes every file but the bodies from one download on a first install, with the type and the host headers', async () => {
    const manifest = [...manifestOf(9), { url: 'data/bundles/b1.json', revision: 'rb' }];
    const { controller, urls, seen } = controllerFor(manifest);
    // The bodies are fetched beside the pack, not after it.
    const requested = serve(await buildWithPack(manifest), { 'Content-Security-Policy': "default-src 'self'" }, () =>
      seen.some((entry) => entry.url.endsWith('/b1.json')),
    );
    await installPrecache(controller, {} as InstallEvent, { manifest, packUrl });

    expect(requested).toEqual([packUrl]);
    // Post bodies are not packed: the one bundle is fetched on its own.
    expect(seen.map((entry) => entry.url)).toEqual([`${SITE}data/bundles/b1.json`]);
    expect([...cache.entries.keys()].sort()).toEqual(
      [...urls]
        .filter(([url]) => !url.includes('/bundles/'))
        .map(([, key]) => key)
        .sort(),
    );
    // Every file's own bytes, however it was cut out of the pack.
    for (const [url, key] of urls)
      if (!url.includes('/bundles/'))
        expect(await cache.entries.get(key)!.clone().text()).toBe(`content of ${url.slice(SITE.length)}`);
    const page = cache.entries.get(`${SITE}page-3.html?__WB_REVISION__=r3`)!;
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    const chunk = cache.entries.get(`${SITE}assets/chunk-1.js`)!;
    expect(await chunk.text()).toBe('content of assets/chunk-1.js');
    expect(chunk.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('takes from a pack of another deploy only the files at the revision this worker wants', async () => {
    const built = manifestOf(6);
    const pack = await buildWithPack(built);
    serve(pack);
    // This worker's list: page-3 has changed since the pack was made.
    const manifest = built.map((entry) => (entry.url === 'page-3.html' ? { ...entry, revision: 'newer' } : entry));
    const { controller, seen } = controllerFor(manifest);
    await installPrecache(controller, {} as InstallEvent, { manifest, packUrl });

    expect(seen.map((entry) => entry.cacheKey)).toEqual([`${SITE}page-3.html?__WB_REVISION__=newer`]);
    expect(cache.entries.has(`${SITE}page-3.html?__WB_REVISION__=r3`)).toBe(false);
    expect(cache.entries.size).toBe(5);
  });

  it('fetches every file on its own when the pack is missing or damaged', async () => {
    const manifest = manifestOf(6);
    const pack = await buildWithPack(manifest);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const broken of [undefined, pack.subarray(0, pack.length - 10)]) {
      warn.mockClear();
      serve(broken);
      const { controller, urls, seen } = controllerFor(manifest);
      await installPrecache(controller, {} as InstallEvent, { manifest, packUrl });
      expect(seen.map((entry) => entry.url).sort()).toEqual([...urls.keys()].sort());
      expect(cache.entries.size).toBe(0);
      expect(warn).toHaveBeenCalledWith('Precache pack not used:', expect.any(Error));
    }
  });

  it('leaves the pack alone when most files are cached already: an update fetches only what changed', async () => {
    const manifest = manifestOf(6);
    const requested = serve(await buildWithPack(manifest));
    const { controller, urls, seen } = controllerFor(manifest);
    const [changed, ...kept] = [...urls.values()];
    for (const key of kept) await cache.put(key, new Response('cached'));
    await installPrecache(controller, {} as InstallEvent, { manifest, packUrl });

    expect(requested).toEqual([]);
    expect(seen.map((entry) => entry.cacheKey)).toEqual([changed]);
  });
});
