import { describe, expect, it } from 'vitest';
import { installPrecache } from '../../../src/sw/precache-install.ts';

type Controller = Parameters<typeof installPrecache>[0];
type InstallEvent = Parameters<typeof installPrecache>[1];

/**
 * A stand-in for Workbox's PrecacheController with `count` entries (every third one revisioned,
 * as Workbox keys them) whose strategy answers after a few milliseconds and notes what it saw.
 */
function controllerWith(count: number) {
  const urls = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const url = `http://site.test/file-${i}.js`;
    urls.set(url, i % 3 === 0 ? `${url}?__WB_REVISION__=r${i}` : url);
  }
  const seen: { url: string; cacheKey: string; cache: RequestCache }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const controller = {
    getURLsToCacheKeys: () => urls,
    getIntegrityForCacheKey: () => undefined,
    strategy: {
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

describe('installPrecache', () => {
  it('caches every entry once, several at a time but never more than the limit', async () => {
    const { controller, urls, seen, mostInFlight } = controllerWith(23);
    await installPrecache(controller, {} as InstallEvent, 4);
    expect(seen.map((entry) => entry.url).sort()).toEqual([...urls.keys()].sort());
    expect(mostInFlight()).toBe(4);
  });

  it('passes each entry its cache key, and bypasses the HTTP cache only for revisioned URLs', async () => {
    const { controller, urls, seen } = controllerWith(6);
    await installPrecache(controller, {} as InstallEvent, 2);
    for (const entry of seen) {
      expect(entry.cacheKey).toBe(urls.get(entry.url));
      expect(entry.cache).toBe(entry.cacheKey === entry.url ? 'default' : 'reload');
    }
  });

  it('fails the install when any entry fails, as Workbox does', async () => {
    const { controller } = controllerWith(5);
    const failing = {
      ...controller,
      strategy: { handleAll: () => [Promise.reject(new Error('bad-precaching-response')), Promise.resolve()] },
    } as unknown as Controller;
    await expect(installPrecache(failing, {} as InstallEvent, 3)).rejects.toThrow('bad-precaching-response');
  });
});
