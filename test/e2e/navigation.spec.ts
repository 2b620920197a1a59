// A reader moves between pages with a keyboard and a screen reader in mind: focus lands on each new
// page's heading, its title is announced, a new page starts at the top, and Back returns to the
// same place in the list even though the list renders from IndexedDB after the route settles.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const SITE_TITLE = 'KubeCon Field Notes';
const POST_TITLE = 'Kubernetes Trends at KubeCon 2017';
const POST_PATH = 'posts/kubernetes-trends-at-kubecon-2017';
const RENDER_TIMEOUT = 15_000;
/** Short, so the home list is several screens tall. */
const VIEWPORT = { width: 800, height: 420 };

/** Text of the element that has focus, and whether it is the page's h1. */
function focusedHeading(page: Page) {
  return page.evaluate(() => ({
    isH1: document.activeElement?.tagName === 'H1',
    text: document.activeElement?.textContent?.trim(),
  }));
}

/** Waits two frames, so scroll events have been dispatched and handled. */
function settle(page: Page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const announced = (page: Page) => page.locator('.route-announcer').textContent();
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

describe('navigation: focus, announcements and scroll', () => {
  const site = useServedSite();

  it('moves focus to the new h1, announces its title, starts at the top and restores the list on Back', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: VIEWPORT });
    await page.goto(site.server.url);
    const link = page.locator('main').getByRole('link', { name: POST_TITLE, exact: true });
    await link.waitFor({ timeout: RENDER_TIMEOUT });
    // The first load leaves focus alone and announces nothing.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await announced(page)).toBe('');
    expect(await page.title()).toBe(SITE_TITLE);

    // Scroll the list so the post's card is in view, well down the page.
    await link.evaluate((element) => element.closest('article')?.scrollIntoView({ block: 'start' }));
    await settle(page);
    const listY = await scrollY(page);
    expect(listY).toBeGreaterThan(200);

    // A click that does not scroll first, as a mouse click on a visible link would not.
    await link.dispatchEvent('click');
    await page.getByRole('heading', { level: 1, name: POST_TITLE }).waitFor({ timeout: RENDER_TIMEOUT });
    await expect.poll(() => focusedHeading(page)).toEqual({ isH1: true, text: POST_TITLE });
    await expect.poll(() => announced(page)).toBe(`${POST_TITLE} · ${SITE_TITLE}`);
    expect(await page.title()).toBe(`${POST_TITLE} · ${SITE_TITLE}`);
    expect(page.url()).toBe(`${site.server.url}${POST_PATH}`);
    expect(await scrollY(page)).toBe(0);

    // Read down the post a little, then go back to the list.
    await page.mouse.wheel(0, 600);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    await page.goBack();
    await expect.poll(() => focusedHeading(page)).toEqual({ isH1: true, text: SITE_TITLE });
    await expect.poll(() => announced(page)).toBe(SITE_TITLE);
    expect(await page.title()).toBe(SITE_TITLE);
    await expect.poll(() => scrollY(page)).toBe(listY);
    // Restored once, not fought over: it stays there.
    await settle(page);
    expect(await scrollY(page)).toBe(listY);

    expect(errors).toEqual([]);
  });

  it('restores the position in a post on Forward, and a fresh link to the post starts at the top', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: VIEWPORT });
    await page.goto(site.server.url);
    const link = page.locator('main').getByRole('link', { name: POST_TITLE, exact: true });
    await link.waitFor({ timeout: RENDER_TIMEOUT });
    await link.dispatchEvent('click');
    await page.locator('.post-body').waitFor({ timeout: RENDER_TIMEOUT });

    await page.evaluate(() => window.scrollTo(0, 1500));
    await settle(page);
    const postY = await scrollY(page);
    expect(postY).toBe(1500);

    await page.goBack();
    await expect.poll(() => focusedHeading(page)).toEqual({ isH1: true, text: SITE_TITLE });
    expect(await scrollY(page)).toBe(0);
    await page.goForward();
    await expect.poll(() => focusedHeading(page)).toEqual({ isH1: true, text: POST_TITLE });
    await expect.poll(() => scrollY(page)).toBe(postY);

    // Back to the list, then the same post again by its link: a new visit, so from the top.
    await page.goBack();
    await expect.poll(() => focusedHeading(page)).toEqual({ isH1: true, text: SITE_TITLE });
    await link.dispatchEvent('click');
    await expect.poll(() => focusedHeading(page)).toEqual({ isH1: true, text: POST_TITLE });
    await settle(page);
    expect(await scrollY(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('scrolls to a #section within a post without moving focus to the h1', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: VIEWPORT });
    await page.goto(`${site.server.url}${POST_PATH}`);
    const anchor = page.locator('a.heading-anchor[href="#trending-kubernetes-extensibility"]');
    await anchor.waitFor({ state: 'attached', timeout: RENDER_TIMEOUT });
    await anchor.dispatchEvent('click');
    await expect.poll(() => page.url()).toBe(`${site.server.url}${POST_PATH}#trending-kubernetes-extensibility`);
    await expect
      .poll(() =>
        page
          .locator('#trending-kubernetes-extensibility')
          // At the top of the screen, less the breathing room its scroll-margin asks for.
          // `|| 0`: a heading a fraction of a pixel above rounds to -0, which toBe(0) tells apart.
          .evaluate(
            (h) => Math.round(h.getBoundingClientRect().top - parseFloat(getComputedStyle(h).scrollMarginTop)) || 0,
          ),
      )
      .toBe(0);
    expect(await scrollY(page)).toBeGreaterThan(1000);
    expect((await focusedHeading(page)).isH1).toBe(false);
    expect(await announced(page)).toBe('');
    expect(errors).toEqual([]);
  });
});
