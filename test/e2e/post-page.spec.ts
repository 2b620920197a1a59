import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const SLUG = 'kubernetes-trends-at-kubecon-2017';
const TITLE = 'Kubernetes Trends at KubeCon 2017';
const RENDER_TIMEOUT = 15_000;

function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
}

async function openPost(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}posts/${SLUG}`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: RENDER_TIMEOUT });
}

describe('the post page in a browser', () => {
  const site = useServedSite();

  it('scrolls to a section from the contents beside the article, staying on the page', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 1400, height: 800 } });
    await openPost(page, site.server.url);
    const contents = page.getByRole('navigation', { name: 'Contents' });

    await contents.getByRole('link', { name: 'Trending: Kubernetes Extensibility' }).click();

    await expect.poll(() => topOf(page, '#trending-kubernetes-extensibility')).toBeLessThan(50);
    expect(await topOf(page, '#trending-kubernetes-extensibility')).toBeGreaterThanOrEqual(0);
    expect(new URL(page.url()).pathname).toBe(`/posts/${SLUG}`);
    expect(new URL(page.url()).hash).toBe('#trending-kubernetes-extensibility');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('trending-kubernetes-extensibility');
    expect(await page.getByRole('heading', { level: 1, name: TITLE }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('on a phone, opens the contents and scrolls to a nested section', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 360, height: 740 } });
    await openPost(page, site.server.url);

    await page.locator('details.toc-details summary').click();
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'The Trend' }).click();

    await expect.poll(() => topOf(page, '#the-trend')).toBeLessThan(50);
    expect(await topOf(page, '#the-trend')).toBeGreaterThanOrEqual(0);
    // Nothing on the page is wider than a phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  it('copies the link when there is no share sheet, and says so', async (test) => {
    const { page, context, errors } = await openPage(site.browser, test);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    // Desktop Chromium on some systems has a share sheet: take it away to reach the fallback.
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    await openPost(page, site.server.url);

    await page.getByRole('button', { name: 'Share' }).click();

    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}posts/${SLUG}`);
    expect(errors).toEqual([]);
  });

  it('shows the link to copy by hand when the clipboard is refused', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await openPost(page, site.server.url);

    await page.getByRole('button', { name: 'Share' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Could not copy the link' });
    await status.waitFor();
    expect(await status.getByRole('textbox', { name: 'Link to this post' }).inputValue()).toBe(
      `${site.server.url}posts/${SLUG}`,
    );
    expect(errors).toEqual([]);
  });
});
