import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readStore } from './support/site-data.ts';

const SLUG = 'kubernetes-trends-at-kubecon-2017';
const TITLE = 'Kubernetes Trends at KubeCon 2017';
const SECTION = 'Trending: Service Meshes';
const SECTION_ID = 'trending-service-meshes';
const RENDER_TIMEOUT = 15_000;

interface StoredPosition {
  slug: string;
  anchor: string;
  progress: number;
}

/** Where an element's top stands in the viewport, in CSS pixels. */
function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
}

async function storedPosition(page: Page): Promise<StoredPosition | undefined> {
  const rows = await readStore<StoredPosition>(page, 'readingState');
  return rows.find((row) => row.slug === SLUG);
}

// open a long post → scroll well into it → leave for the home page → come back → the post
// offers to continue in the right section, without jumping → continue → that section is on top.
describe('resume reading', () => {
  const site = useServedSite();

  it('offers to continue where the reader stopped, naming the section, and takes them there', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 1000, height: 700 } });
    await page.goto(`${site.server.url}posts/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: RENDER_TIMEOUT });
    expect(await page.getByRole('group', { name: 'Continue reading' }).count()).toBe(0);

    await page.locator(`#${SECTION_ID}`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(() => storedPosition(page), { timeout: 10_000 }).toBeDefined();
    const saved = await storedPosition(page);
    expect(saved?.anchor).toMatch(/^block:\d+$/);
    expect(saved?.progress).toBeGreaterThan(0.2);
    expect(saved?.progress).toBeLessThan(0.9);

    // Leave inside the app: the router scrolls the home page to the top, which must not be
    // taken for the reader going back to the start of the post. The header has scrolled away,
    // and a Playwright click would first scroll it back into view, which is the reader going
    // back to the top (on a busy machine the tracker measures that before the click lands, and
    // rightly saves the start of the post): the link is clicked where it is.
    await page.getByRole('banner').getByRole('link', { name: 'Posts' }).dispatchEvent('click');
    await page.locator('main').getByRole('link', { name: TITLE, exact: true }).first().waitFor();
    expect((await storedPosition(page))?.anchor).toBe(saved?.anchor);

    await page.locator('main').getByRole('link', { name: TITLE, exact: true }).first().click();
    const prompt = page.getByRole('group', { name: 'Continue reading' });
    await prompt.waitFor({ timeout: RENDER_TIMEOUT });
    expect(await prompt.innerText()).toContain(SECTION);
    // Offered, not imposed: the page still opens at the top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await prompt.getByRole('button', { name: 'Continue reading' }).click();
    await expect.poll(() => topOf(page, `#${SECTION_ID}`)).toBeGreaterThanOrEqual(0);
    expect(await topOf(page, `#${SECTION_ID}`)).toBeLessThan(50);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(SECTION_ID);
    expect(await prompt.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('goes to the #section in the URL instead of offering to resume', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 1000, height: 700 } });
    await page.goto(`${site.server.url}posts/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: RENDER_TIMEOUT });
    await page.locator('#the-trend').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(() => storedPosition(page), { timeout: 10_000 }).toBeDefined();

    await page.goto(`${site.server.url}posts/${SLUG}#${SECTION_ID}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: RENDER_TIMEOUT });

    await expect.poll(() => topOf(page, `#${SECTION_ID}`)).toBeLessThan(50);
    expect(await topOf(page, `#${SECTION_ID}`)).toBeGreaterThanOrEqual(0);
    expect(await page.getByRole('group', { name: 'Continue reading' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
