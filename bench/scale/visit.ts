// One first visit to a served build in a fresh browser context, measuring what a reader pays.
import type { Browser, CDPSession } from 'playwright-core';
import { timeRounds, type Latency } from './latency.ts';
import {
  chipNames,
  LCP_OBSERVER,
  NAME_SHIM,
  storageEstimate,
  timeBookmark,
  timeChip,
  waitForStoredPosts,
} from './in-page.ts';

/** What one first visit measured. */
export interface VisitFigures {
  /** Bytes received by the page (headers and bodies, as sent) until its load event. */
  firstLoadBytes: number;
  firstLoadRequests: number;
  /**
   * Bytes the page had received when its first post card showed (read from Node as the card
   * appears, so approximate): the shell plus the post data the list needed.
   */
  listedBytes: number | null;
  /** ms from navigation start until the first post card showed (read from Node, approximate). */
  listedMs: number | null;
  /** What the first-load bytes were: each request's path and size, largest first. */
  firstLoadByRequest: { path: string; bytes: number }[];
  lcpMs: number | null;
  /** Used JS heap after a forced GC, just after load. */
  heapAtLoadBytes: number;
  /** ms from navigation start until IndexedDB holds every post; null when it never did in time. */
  offlineMs: number | null;
  storedPosts: number;
  indexedDbBytes: number | null;
  cacheBytes: number | null;
  heapAfterSyncBytes: number;
  tagFilter: Latency | null;
  bookmark: Latency | null;
  notes: string[];
}

const DATABASE = 'kubecon-field-notes';

/** Visits `url` as a first-time reader and measures load, offline sync and interactions. */
export async function measureVisit(
  browser: Browser,
  url: string,
  posts: number,
  options: { rounds: number; offlineTimeoutMs: number; listTimeoutMs: number },
): Promise<VisitFigures> {
  const notes: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // The page's own errors often say why a figure is missing (a sync that gave up, say).
    const pageErrors = new Set<string>();
    page.on('pageerror', (error) => pageErrors.add(`page error: ${error.message.split('\n')[0]}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        pageErrors.add(`console ${message.type()}: ${message.text().split('\n')[0]!.slice(0, 200)}`);
    });
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(LCP_OBSERVER);
    // The page's own session sees the page's requests only; the service worker's precache runs
    // in another target, so it never counts towards the first load.
    const cdp = await context.newCDPSession(page);
    const network = recordNetwork(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    await page.goto(url, { waitUntil: 'load' });
    const firstLoad = network.untilLoad();
    // A page that never lists a post still has its load, sync and storage measured.
    const listed = await page
      .locator('main .post-card')
      .first()
      .waitFor({ timeout: options.listTimeoutMs })
      .then(
        async () => ({ bytes: network.total(), ms: (await page.evaluate('performance.now()')) as number }),
        () => null,
      );
    if (!listed) notes.push(`no post listed on home within ${options.listTimeoutMs / 1000} s of load`);
    await page.waitForTimeout(500);
    const lcpMs = (await page.evaluate('globalThis.__lcp ?? null')) as number | null;
    const heapAtLoadBytes = await usedHeap(cdp);

    const stored = await page.evaluate(waitForStoredPosts, {
      database: DATABASE,
      total: posts,
      timeoutMs: options.offlineTimeoutMs,
    });
    if (stored.at === null) notes.push(`only ${stored.count} of ${posts} posts stored offline in time`);
    const storage = await page.evaluate(storageEstimate);
    const heapAfterSyncBytes = await usedHeap(cdp);

    const tagFilter = await timeRounds(options.rounds, notes, 'tag filter', async (round) => {
      const names = await page.evaluate(chipNames);
      const tag = names[round % Math.min(20, names.length)];
      if (!tag) throw new Error('no tag chips on the home page');
      const timing = await page.evaluate(timeChip, tag);
      await page.evaluate(timeChip, tag); // deselect again, untimed
      return timing;
    });
    const bookmark = await timeRounds(options.rounds, notes, 'bookmark', () => page.evaluate(timeBookmark));
    notes.push(...[...pageErrors].slice(0, 5));
    return {
      firstLoadBytes: firstLoad.bytes,
      firstLoadRequests: firstLoad.requests.length,
      firstLoadByRequest: firstLoad.requests,
      listedBytes: listed?.bytes ?? null,
      listedMs: listed?.ms ?? null,
      lcpMs,
      heapAtLoadBytes,
      offlineMs: stored.at,
      storedPosts: stored.count,
      indexedDbBytes: storage.indexedDB,
      cacheBytes: storage.caches,
      heapAfterSyncBytes,
      tagFilter,
      bookmark,
      notes,
    };
  } finally {
    await context.close();
  }
}

/** Sums the bytes of requests that finished before the load event (same monotonic clock). */
function recordNetwork(cdp: CDPSession) {
  const finished: { at: number; bytes: number; path: string }[] = [];
  const urls = new Map<string, string>();
  let loadAt: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, new URL(event.request.url).pathname));
  cdp.on('Network.loadingFinished', (event) =>
    finished.push({ at: event.timestamp, bytes: event.encodedDataLength, path: urls.get(event.requestId) ?? '?' }),
  );
  cdp.on('Page.loadEventFired', (event) => (loadAt ??= event.timestamp));
  return {
    total: () => finished.reduce((sum, request) => sum + request.bytes, 0),
    untilLoad() {
      const before = finished.filter((request) => loadAt === undefined || request.at <= loadAt);
      return {
        bytes: before.reduce((sum, request) => sum + request.bytes, 0),
        requests: before.map(({ path, bytes }) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes),
      };
    },
  };
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
