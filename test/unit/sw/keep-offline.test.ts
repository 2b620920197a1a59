import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfflineProgress } from '../../../src/shared/background-saving.ts';
import { SEARCH_CACHE, SEARCH_FRAGMENT_LIST } from '../../../src/shared/search.ts';
import { keepInCache } from '../../../src/sw/background-cache.ts';
import { keepOffline, type KeepOfflineContext } from '../../../src/sw/keep-offline.ts';

const SITE = 'http://site.test/';
const PRECACHE = 'workbox-precache-test';

/** The Cache Storage API the worker gets from the browser, in memory: caches by name, entries by URL. */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  match(request: string | Request) {
    return Promise.resolve(this.entries.get(typeof request === 'string' ? request : request.url)?.clone());
  }
  put(request: string | Request, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response);
    return Promise.resolve();
  }
  delete(request: string | Request) {
    return Promise.resolve(this.entries.delete(typeof request === 'string' ? request : request.url));
  }
}

let storage: Map<string, MemoryCache>;
let fetched: string[];
/** How the network answers each URL: a status, 'offline' (the fetch rejects), or 'held' until `release`. */
let network: (url: string) => number | 'offline' | 'redirected' | 'held';
let release: () => void;

beforeEach(() => {
  storage = new Map();
  fetched = [];
  network = () => 200;
  release = () => {};
  vi.stubGlobal('caches', {
    open: (name: string) => {
      if (!storage.has(name)) storage.set(name, new MemoryCache());
      return Promise.resolve(storage.get(name)!);
    },
  });
  vi.stubGlobal('location', new URL(`${SITE}sw.js`));
  vi.stubGlobal('self', { location: new URL(`${SITE}sw.js`) });
  vi.stubGlobal('fetch', async (input: string | Request) => {
    const url = typeof input === 'string' ? input : input.url;
    const answer = network(url);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    fetched.push(url);
    if (answer === 'held') await new Promise<void>((resolve) => (release = resolve));
    const response = new Response(`body of ${url}`, { status: answer === 'redirected' ? 200 : Number(answer) || 200 });
    if (answer === 'redirected') {
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: `${url}/` });
    }
    return response;
  });
});

afterEach(() => vi.unstubAllGlobals());

const urls = ['a', 'b', 'c'].map((name) => `${SITE}${name}`);

describe('keepInCache', () => {
  it('ends the pass at the first network failure, says it was cut short, and keeps what it saved', async () => {
    network = (url) => (url.endsWith('/b') ? 'offline' : 200);
    const ends: unknown[] = [];
    await keepInCache('test', urls, { report: (saved, total, end) => ends.push([saved, total, end]) });
    expect(fetched).toEqual([`${SITE}a`]);
    expect(ends).toEqual([
      [0, 3, undefined],
      [1, 3, undefined],
      [1, 3, { interrupted: true }],
    ]);
    expect([...storage.get('test')!.entries.keys()]).toEqual([`${SITE}a`]);
  });

  it('goes past a file the host refuses, and the pass counts as whole', async () => {
    network = (url) => (url.endsWith('/a') ? 404 : 200);
    const ends: unknown[] = [];
    await keepInCache('test', urls, { report: (saved, total, end) => end && ends.push([saved, total, end]) });
    expect(fetched).toEqual(urls);
    expect(ends).toEqual([[2, 3, { interrupted: false }]]);
  });

  it('keeps a redirected answer as a plain copy, which a navigation may use', async () => {
    network = () => 'redirected';
    await keepInCache('test', [`${SITE}a`], { report: () => {} });
    const kept = storage.get('test')!.entries.get(`${SITE}a`)!;
    expect(kept.redirected).toBe(false);
    expect(await kept.text()).toBe(`body of ${SITE}a`);
  });
});

describe('keepOffline in the worker', () => {
  const keys = new Map(urls.map((url) => [url, `${url}?__WB_REVISION__=1`]));
  const precache = {
    getURLsToCacheKeys: () => keys,
    strategy: { cacheName: PRECACHE },
    matchPrecache: (url: string | Request) =>
      storage.get(PRECACHE)?.match(keys.get(typeof url === 'string' ? url : url.url) ?? ''),
    getCachedURLs: () => [...keys.keys()],
  } as unknown as KeepOfflineContext['precache'];

  function contextReporting(reports: OfflineProgress[]): KeepOfflineContext {
    return { precache, base: '/', report: (progress) => reports.push(progress) };
  }

  it('saves back every file of an emptied precache under its key, and says when it is done', async () => {
    const reports: OfflineProgress[] = [];
    await keepOffline({ type: 'KEEP_OFFLINE', part: 'site-files', countOnly: false }, contextReporting(reports));
    expect([...storage.get(PRECACHE)!.entries.keys()].sort()).toEqual([...keys.values()].sort());
    expect(reports.at(-1)).toEqual({ saved: 3, total: 3, settled: true, interrupted: false });
    expect(reports.slice(0, -1).every((report) => !report.settled)).toBe(true);
  });

  it('does not start a second save of a part while one is under way', async () => {
    network = (url) => (url.endsWith('/a') ? 'held' : 200);
    const reports: OfflineProgress[] = [];
    const message = { type: 'KEEP_OFFLINE', part: 'site-files', countOnly: false } as const;
    const first = keepOffline(message, contextReporting(reports));
    await vi.waitFor(() => expect(fetched).toEqual([`${SITE}a`]));
    const second = keepOffline(message, contextReporting(reports));
    release();
    await Promise.all([first, second]);
    expect(fetched).toEqual(urls);
    expect(reports.filter((report) => report.settled)).toHaveLength(1);
  });

  it('reads the search list from the network when the precache lost it', async () => {
    const list = { files: ['fragment/x.pf_fragment'], posts: 1 };
    vi.stubGlobal('fetch', async (input: string | Request) => {
      const url = typeof input === 'string' ? input : input.url;
      fetched.push(url);
      return url.endsWith(SEARCH_FRAGMENT_LIST) ? Response.json(list) : new Response('fragment');
    });
    const reports: OfflineProgress[] = [];
    await keepOffline({ type: 'KEEP_OFFLINE', part: 'search-index', countOnly: false }, contextReporting(reports));
    expect([...storage.get(SEARCH_CACHE)!.entries.keys()]).toEqual([`${SITE}pagefind/fragment/x.pf_fragment`]);
    expect(reports.at(-1)).toEqual({ saved: 1, total: 1, settled: true, interrupted: false, posts: 1 });
  });
});
