import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const POST_PATH = 'posts/kubernetes-trends-at-kubecon-2017';

// Posts arrive from IndexedDB after the first paint; nothing already on screen may move when
// they do (cumulative layout shift 0), on a first visit and on a return visit.
describe('layout stability while data arrives', () => {
  const site = useServedSite();

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    it(`shifts nothing on the home page and a post, first and second visit, ${viewport.width} px`, async (test) => {
      const { page, errors } = await openPage(site.browser, test, { viewport });
      const shifts: Record<string, number> = {};
      for (const visit of ['first', 'second']) {
        shifts[`home, ${visit} visit`] = await layoutShiftOf(page, site.server.url, '.post-card');
        shifts[`post, ${visit} visit`] = await layoutShiftOf(page, `${site.server.url}${POST_PATH}`, '.post-body');
        // Read halfway, so the second visit offers to continue.
        await page.mouse.wheel(0, 2500);
        await page.waitForTimeout(1_500);
      }
      await page.getByRole('button', { name: /^Continue/ }).waitFor();
      expect(shifts).toEqual({
        'home, first visit': 0,
        'post, first visit': 0,
        'home, second visit': 0,
        'post, second visit': 0,
      });
      expect(errors).toEqual([]);
    });
  }
});

/** Loads `url`, waits for `ready` and a quiet moment, and returns the layout shift in between. */
async function layoutShiftOf(page: Page, url: string, ready: string): Promise<number> {
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShift: number };
    record.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
  // Let the rest of the page (bookmark states, related posts, the resume offer) arrive too.
  await page.waitForTimeout(1_000);
  return page.evaluate(() => Math.round((window as unknown as { layoutShift: number }).layoutShift * 1000) / 1000);
}
