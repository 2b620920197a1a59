import type { BrowserContext, Page } from 'playwright-core';

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
  const emulateOffline = () =>
    session.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    // Rejects only once the page (and so the session) has closed at the end of the test.
    emulateOffline().catch(() => undefined);
  });
}
