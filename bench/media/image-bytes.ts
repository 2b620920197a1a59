// What a reader's browser downloads for a post's pictures on one kind of screen: every picture
// brought into view, as a reader scrolling would, then the image requests' Resource Timing summed.
import type { Browser } from 'playwright-core';
import { IMAGE_FOLDER } from '../../src/shared/images.ts';
import { NAME_SHIM } from '../scale/in-page.ts';

/** A screen the post is loaded on. */
export interface Screen {
  name: string;
  width: number;
  height: number;
  deviceScaleFactor: number;
}

/** A phone at 3x and at 2x, and a desktop at 1x: the widths the srcset's copies were chosen for. */
export const SCREENS: readonly Screen[] = [
  { name: '390 px, DPR 3', width: 390, height: 844, deviceScaleFactor: 3 },
  { name: '390 px, DPR 2', width: 390, height: 844, deviceScaleFactor: 2 },
  { name: '1280 px, DPR 1', width: 1280, height: 900, deviceScaleFactor: 1 },
];

/** One image request of the page. */
export interface ImageRequest {
  /** The file's name, without its folder. */
  file: string;
  /** Headers and body as sent (Resource Timing's transferSize). */
  transferSize: number;
  /** The body as sent (encodedBodySize). */
  bodySize: number;
}

/** What one load of the post fetched for its pictures. */
export interface ImageBytes {
  screen: Screen;
  requests: ImageRequest[];
  transferBytes: number;
  bodyBytes: number;
}

/**
 * Loads `postUrl` in a fresh context on `screen` with service workers blocked (so only the page's
 * own requests happen and none comes from a cache), brings each picture into view and waits until
 * it is decoded, then sums the transfers of every request under the images folder.
 */
export async function measureImageBytes(browser: Browser, postUrl: string, screen: Screen): Promise<ImageBytes> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(NAME_SHIM);
    await page.goto(postUrl, { waitUntil: 'load' });
    for (const image of await page.locator('.post-body img').all()) {
      await image.scrollIntoViewIfNeeded();
      await image.evaluate((img: { decode(): Promise<void> }) => img.decode(), undefined, { timeout: 30_000 });
    }
    const requests = await page.evaluate(imageRequests, `/${IMAGE_FOLDER}/`);
    return {
      screen,
      requests,
      transferBytes: requests.reduce((sum, request) => sum + request.transferSize, 0),
      bodyBytes: requests.reduce((sum, request) => sum + request.bodySize, 0),
    };
  } finally {
    await context.close();
  }
}

// Runs in the page; bench/ has no DOM types, so it reaches `performance` through a loose handle.
function imageRequests(folder: string): ImageRequest[] {
  type Entry = { name: string; transferSize: number; encodedBodySize: number };
  const { performance } = globalThis as unknown as { performance: { getEntriesByType(type: string): Entry[] } };
  return performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.includes(folder))
    .map((entry) => ({
      file: new URL(entry.name).pathname.split('/').pop() ?? '',
      transferSize: entry.transferSize,
      bodySize: entry.encodedBodySize,
    }));
}
