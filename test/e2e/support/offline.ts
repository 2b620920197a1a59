import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The pages goOffline took offline, and how each is taken back online. */
const offlinePages = new WeakMap<Page, { session: CDPSession; onNavigated: (frame: unknown) => void }>();

/**
 * Takes the browser context offline, as `context.setOffline(true)` does, and makes sure every
 * document `page` loads from then on knows it: `navigator.onLine` false, the `offline` event fired.
 *
 * Why not setOffline alone: Chromium 150 (Debian bookworm's from 2026-12) gives each navigation a
 * new document host (its RenderDocument feature) and does not carry DevTools' offline emulation
 * over to it. The network stays off, but a page loaded afterwards reads `navigator.onLine` as
 * true, which no real offline browser does. Sending the emulation again to each new document puts
 * that right; it changes nothing where the browser already carried it over.
 */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const session = await context.newCDPSession(page);
  const emulateOffline = () => emulate(session, true);
  const onNavigated = (frame: unknown) => {
    if (frame !== page.mainFrame()) return;
    // Rejects only once the page (and so the session) has closed at the end of the test.
    emulateOffline().catch(() => undefined);
  };
  page.on('framenavigated', onNavigated);
  offlinePages.set(page, { session, onNavigated });
}

/** Brings back the connection goOffline took from `page` (and its context): the page gets its `online` event. */
export async function goOnline(context: BrowserContext, page: Page): Promise<void> {
  // The context (and so every worker) first, as a real browser's network comes back for all at once: the page's
  // `online` event must not come while its workers are still offline.
  await context.setOffline(false);
  const offline = offlinePages.get(page);
  offlinePages.delete(page);
  if (offline) {
    page.off('framenavigated', offline.onNavigated);
    await emulate(offline.session, false);
    await offline.session.detach();
  }
}

function emulate(session: CDPSession, offline: boolean): Promise<unknown> {
  return session.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}
