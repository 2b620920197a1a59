import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { layoutShiftsOf, watchLayoutShifts } from './support/layout-shifts.ts';
import { goOffline } from './support/offline.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

const POST_PATH = 'posts/pictures-and-code';

// visit the home page only → the posts and then their images are saved → offline, the server gone
// → open the post with pictures, never visited → every picture shows, and nothing moves as they
// arrive. The fixture's budget precaches two images; the service worker saves the third after the
// posts. A phone at 3x and a desktop at 1x ask for different widths, and only one is saved ahead.
describe('post images offline (test/fixtures/media)', () => {
  let distDir: string;
  let browser: Browser;

  beforeAll(async () => {
    distDir = await buildSite({ outDir: 'dist-media', env: { CONTENT_DIR: 'test/fixtures/media' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { viewport, deviceScaleFactor } of [
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
    { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  ]) {
    it(`shows every picture of a post never opened, offline after one visit, and moves nothing, ${viewport.width} px`, async (test) => {
      const server = await serveBuild(distDir);
      // Closed by the test itself before going offline; this is for a test that failed first.
      test.onTestFinished(() => server.close().catch(() => undefined));
      const { page, context } = await openPage(
        browser,
        test,
        { viewport, deviceScaleFactor },
        { consoleErrors: [BROWSER_LOGS.offline] },
      );
      await page.goto(server.url);
      await waitUntilReadyOffline(page);
      await waitForMilestone(page, 'images-saved');
      await server.close();
      await goOffline(context, page);

      // What a picture arriving moves is in the post body; the header's "Offline" badge, which
      // can only appear once the app runs, moves the whole of <main> at narrow widths.
      await watchLayoutShifts(page, '.post-body');
      await page.goto(`${server.url}${POST_PATH}`);
      await expect.poll(() => page.locator('h1').innerText()).toBe('Pictures and Code from the Keynote Hall');
      const images = page.locator('.post-body img');
      expect(await images.count()).toBe(3);
      // Lazy pictures load as they near the screen: bring each into view, as a reader scrolling would.
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
          .toBe(true);
      }
      const { shift, moved } = await layoutShiftsOf(page);
      expect(shift, moved.join('\n')).toBe(0);
      // What the service worker answers for each picked address: its pixels' width tells which copy.
      const shown = await images.evaluateAll((all: HTMLImageElement[]) =>
        Promise.all(
          all.map(async (img) => {
            const copy = new Image();
            // As a data: URL, which the pages' policy allows for images (a blob: URL it refuses).
            const blob = await (await fetch(img.currentSrc)).blob();
            copy.src = await new Promise<string>((resolve) => {
              const reader = new FileReader();
              reader.onload = () => resolve(reader.result as string);
              reader.readAsDataURL(blob);
            });
            await copy.decode();
            return { picked: img.currentSrc.split('/').pop() ?? '', served: copy.naturalWidth };
          }),
        ),
      );
      expect(shown.map(({ picked }) => picked.replace(/-[0-9a-f]{10}\./, '.'))).toEqual(
        deviceScaleFactor === 3
          ? ['stage-1600w.avif', 'slide-1200w.avif', 'diagram.svg']
          : ['stage-960w.avif', 'slide-960w.avif', 'diagram.svg'],
      );
      expect(shown.map(({ served }) => served)).toEqual([960, 960, 600]);

      await page.getByRole('link', { name: 'Offline & storage' }).click();
      await expect.poll(() => page.locator('dt:has-text("Images") + dd').textContent()).toBe('3 of 3 saved');
    });
  }

  // Offline the pictures come from the device, often before the first paint; here they are held
  // back until the page has painted, so a picture whose room was not kept would move what follows.
  for (const width of [390, 1280]) {
    it(`keeps the room of every picture while it arrives, so nothing moves, ${width} px`, async (test) => {
      const server = await serveBuild(distDir);
      const held = await holdImages(server);
      test.onTestFinished(async () => {
        held.release();
        await held.close();
        await server.close();
      });
      // Tall enough for every picture to be on screen at once. A first visit: no worker answers
      // from a cache yet (and none refused, whose notice above <main> would move the page itself).
      const viewport = { width, height: 2400 };
      const { page } = await openPage(browser, test, { viewport });
      // What a picture arriving moves is in the post body; the header's "Offline" badge, which
      // can only appear once the app runs, moves the whole of <main> at narrow widths.
      await watchLayoutShifts(page, '.post-body');
      // The app starts after the load event, which waits for the first picture, and openPage's goto
      // waits for the app: the prerendered page is what a reader sees meanwhile.
      const navigation = page.goto(`${held.url}${POST_PATH}`, { waitUntil: 'domcontentloaded' });
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
        .toBe(1);
      const images = page.locator('.post-body img');
      const loaded = () => images.evaluateAll((all: HTMLImageElement[]) => all.map((img) => img.naturalWidth > 0));
      expect(await loaded()).toEqual([false, false, false]);
      held.release();
      await navigation;
      await expect.poll(loaded).toEqual([true, true, true]);
      const { shift, moved } = await layoutShiftsOf(page);
      expect(shift, moved.join('\n')).toBe(0);
    });
  }
});

/** A server in front of `upstream` that answers nothing under assets/images/ until `release()`. */
async function holdImages(upstream: StaticServer) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => {
    void (async () => {
      if (request.url?.includes('/assets/images/')) await released;
      const answer = await fetch(new URL(request.url ?? '/', upstream.url));
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
      response.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    release,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
