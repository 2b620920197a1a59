import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepInCache, stopBackgroundSaving } from '../../../src/sw/background-cache.ts';

const SITE = 'http://site.test/';

// The stop is for the life of the worker, so this file has a module of its own.
describe('background saving, once the worker is told it is being replaced', () => {
  const entries = new Map<string, Response>();
  const fetched: string[] = [];
  let release: () => void = () => {};

  beforeEach(() => {
    const cache = {
      keys: () => Promise.resolve([...entries.keys()].map((url) => new Request(url))),
      put: (request: string, response: Response) => Promise.resolve(void entries.set(request, response)),
      delete: (request: string) => Promise.resolve(entries.delete(request)),
    };
    vi.stubGlobal('caches', { open: () => Promise.resolve(cache) });
    // Each fetch waits until the test lets it through, or until its signal aborts it; as in the
    // browser, an aborted signal sends no request at all.
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
      if (init.signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
      fetched.push(url);
      return new Promise<Response>((resolve, reject) => {
        release = () => resolve(new Response(url));
        init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('ends a save under way, keeps what it had saved, and deletes nothing of another build', async () => {
    entries.set(`${SITE}other-build`, new Response('theirs'));
    const progress: number[] = [];
    const saving = keepInCache('test', [`${SITE}a`, `${SITE}b`, `${SITE}c`], {
      report: (saved) => progress.push(saved),
    });
    await vi.waitFor(() => expect(fetched).toEqual([`${SITE}a`]));
    release();
    await vi.waitFor(() => expect(fetched).toEqual([`${SITE}a`, `${SITE}b`]));
    stopBackgroundSaving();
    await saving;
    expect(progress).toEqual([0, 1]);
    expect([...entries.keys()].sort()).toEqual([`${SITE}a`, `${SITE}other-build`]);
  });

  it('fetches nothing for a save asked for afterwards, though it still counts', async () => {
    const progress: number[] = [];
    await keepInCache('test', [`${SITE}a`, `${SITE}d`], { report: (saved) => progress.push(saved) });
    expect(fetched).not.toContain(`${SITE}d`);
    expect(entries.has(`${SITE}d`)).toBe(false);
    expect(entries.has(`${SITE}other-build`)).toBe(true);
    expect(progress).toEqual([1]);
  });
});
