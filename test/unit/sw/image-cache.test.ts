import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IMAGE_CACHE, type OfflineImageList } from '../../../src/shared/images.ts';
import { answerImage, keepImages, type Precache } from '../../../src/sw/image-cache.ts';

const SITE = 'http://site.test/';
const at = (file: string) => `${SITE}assets/images/${file}`;

/** The Cache Storage API the worker gets from the browser, in memory, keyed by URL. */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  match(request: string | Request) {
    const response = this.entries.get(typeof request === 'string' ? request : request.url);
    return Promise.resolve(response?.clone());
  }
  put(request: string | Request, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response);
    return Promise.resolve();
  }
  delete(request: string | Request) {
    return Promise.resolve(this.entries.delete(typeof request === 'string' ? request : request.url));
  }
}

/** A precache holding `files`, each answering with its own name. */
function precacheOf(files: string[]): Precache {
  const urls = files.map(at);
  return {
    getCachedURLs: () => urls,
    matchPrecache: (url: string | Request) => {
      const key = typeof url === 'string' ? url : url.url;
      return Promise.resolve(urls.includes(key) ? new Response(`precached ${key}`) : undefined);
    },
  };
}

let cache: MemoryCache;
let fetched: string[];
let offline: boolean;

beforeEach(() => {
  cache = new MemoryCache();
  fetched = [];
  offline = false;
  vi.stubGlobal('caches', { open: (name: string) => Promise.resolve(name === IMAGE_CACHE ? cache : undefined) });
  vi.stubGlobal('location', new URL(`${SITE}sw.js`));
  vi.stubGlobal('fetch', (input: string | Request) => {
    const url = typeof input === 'string' ? input : input.url;
    if (offline) return Promise.reject(new TypeError('Failed to fetch'));
    fetched.push(url);
    return Promise.resolve(new Response(`fetched ${url}`));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function ask(answer: ReturnType<typeof answerImage>, file: string): Promise<string> {
  const url = new URL(at(file));
  return answer({ request: new Request(url), url }).then((response) =>
    response.type === 'error' ? 'error' : response.text(),
  );
}

describe('answerImage', () => {
  it('answers from the image cache, else from the network, and keeps what it fetched', async () => {
    const answer = answerImage(precacheOf([]));
    await cache.put(at('a-960w-0123456789.avif'), new Response('kept'));
    expect(await ask(answer, 'a-960w-0123456789.avif')).toBe('kept');
    expect(await ask(answer, 'a-480w-0123456789.avif')).toBe(`fetched ${at('a-480w-0123456789.avif')}`);
    expect([...cache.entries.keys()]).toContain(at('a-480w-0123456789.avif'));
  });

  it('offline, answers a width it has not with the nearest saved copy of the same image, same format first', async () => {
    const answer = answerImage(precacheOf(['a-960w-0123456789.avif']));
    await cache.put(at('a-480w-0123456789.jpg'), new Response('small jpeg'));
    await cache.put(at('b-1600w-abcdefabcd.avif'), new Response('another image'));
    offline = true;
    expect(await ask(answer, 'a-480w-0123456789.avif')).toBe(`precached ${at('a-960w-0123456789.avif')}`);
    expect(await ask(answer, 'a-1600w-0123456789.avif')).toBe(`precached ${at('a-960w-0123456789.avif')}`);
    expect(await ask(answer, 'a-1600w-0123456789.jpg')).toBe('small jpeg');
    expect(await ask(answer, 'c-480w-fedcba9876.avif')).toBe('error');
  });
});

describe('keepImages', () => {
  const list: OfflineImageList = {
    images: [
      { modern: 'assets/images/a-960w-0123456789.avif', fallback: 'assets/images/a-960w-0123456789.jpg' },
      { modern: 'assets/images/b-960w-abcdefabcd.avif', fallback: 'assets/images/b-960w-abcdefabcd.png' },
      { modern: 'assets/images/c-fedcba9876.svg', fallback: 'assets/images/c-fedcba9876.svg' },
    ],
  };

  it('fetches what the precache lacks, counting what it holds as saved, and says how far it is', async () => {
    const progress: [number, number, { interrupted: boolean } | undefined][] = [];
    const precache = precacheOf(['a-960w-0123456789.avif']);
    await keepImages(list, {
      base: '/',
      avif: true,
      precache,
      report: (saved, total, end) => progress.push([saved, total, end]),
    });
    expect(fetched).toEqual([at('b-960w-abcdefabcd.avif'), at('c-fedcba9876.svg')]);
    expect(progress).toEqual([
      [1, 3, undefined],
      [2, 3, undefined],
      [3, 3, undefined],
      [3, 3, { interrupted: false }],
    ]);
  });

  it('keeps the fallback copies for a browser without AVIF', async () => {
    await keepImages(list, { base: '/', avif: false, precache: precacheOf([]), report: () => {} });
    expect(fetched).toEqual([at('a-960w-0123456789.jpg'), at('b-960w-abcdefabcd.png'), at('c-fedcba9876.svg')]);
  });

  it('forgets images no post shows any more, but keeps other widths of those it does', async () => {
    await cache.put(at('a-1600w-0123456789.avif'), new Response('wider, fetched online'));
    await cache.put(at('old-960w-9999999999.avif'), new Response('a previous build'));
    await keepImages(list, { base: '/', avif: true, precache: precacheOf([]), report: () => {} });
    expect([...cache.entries.keys()].sort()).toEqual(
      [
        at('a-1600w-0123456789.avif'),
        at('a-960w-0123456789.avif'),
        at('b-960w-abcdefabcd.avif'),
        at('c-fedcba9876.svg'),
      ].sort(),
    );
  });
});
