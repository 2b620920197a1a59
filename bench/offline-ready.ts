// Times a first visit, unthrottled, from navigation start until the app says every post is saved
// for offline reading; then goes offline and opens every post to check that the claim holds.
import { chromium, type Browser } from 'playwright-core';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';
import { MILESTONE_PREFIX } from '../src/shared/milestones.ts';
import type { PostIndex } from '../src/shared/post.ts';

/** What one first visit measured. */
export interface OfflineReadyFigures {
  /** ms from navigation start (the page's time origin) until the "Ready to read offline" toast. */
  readyMs: number;
  /** ms from the page's load event to the same toast: the budget's "after load". */
  readyAfterLoadMs: number;
  /** The N in "Ready to read offline: N posts saved." */
  savedPosts: number;
  /** Posts whose page showed their title with the browser offline afterwards. */
  readableOffline: number;
  /**
   * ms from navigation start of each step "ready" waits for: the load event, then the app's
   * marks (src/app/milestones.ts: hydrated, worker-registered, posts-saved, worker-installed).
   */
  steps: Record<string, number>;
}

// Plain JavaScript, run in the page before any of its scripts: it notes the moment the toast's
// text first appears, on the page's own clock, so polling from here adds no delay to the figure.
const WATCH_FOR_TOAST = `(() => {
  const pattern = /Ready to read offline: (\\d+) posts? saved/;
  const check = () => {
    const match = pattern.exec(document.body ? document.body.textContent : '');
    if (!match || globalThis.__benchReady) return;
    globalThis.__benchReady = { at: performance.now(), saved: Number(match[1]) };
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** One first visit in a fresh context (empty cache, no service worker, no IndexedDB). */
export async function measureOfflineReady(
  browser: Browser,
  siteUrl: string,
  index: PostIndex,
): Promise<OfflineReadyFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FOR_TOAST);
    await page.goto(siteUrl);
    await page.waitForFunction('globalThis.__benchReady', undefined, { timeout: 60_000 });
    const ready = (await page.evaluate('globalThis.__benchReady')) as { at: number; saved: number };
    const loadEnd = (await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")) as number;
    const marks = (await page.evaluate(
      `performance.getEntriesByType('mark').filter((m) => m.name.startsWith(${JSON.stringify(MILESTONE_PREFIX)})).map((m) => [m.name.slice(${MILESTONE_PREFIX.length}), m.startTime])`,
    )) as [string, number][];

    await context.setOffline(true);
    let readable = 0;
    for (const post of index.posts) {
      await page.goto(new URL(`posts/${encodeURIComponent(post.slug)}`, siteUrl).href);
      const heading = page.getByRole('heading', { level: 1, name: post.title, exact: true });
      if (
        await heading.waitFor({ timeout: 15_000 }).then(
          () => true,
          () => false,
        )
      )
        readable += 1;
    }
    return {
      readyMs: ready.at,
      readyAfterLoadMs: ready.at - loadEnd,
      savedPosts: ready.saved,
      readableOffline: readable,
      steps: { load: loadEnd, ...Object.fromEntries(marks), ready: ready.at },
    };
  } finally {
    await context.close();
  }
}

/** Launches Chromium with the project's fixed flags for the offline measurement. */
export function launchForOffline(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: false, args: [...BENCH_CHROMIUM_ARGS] });
}
