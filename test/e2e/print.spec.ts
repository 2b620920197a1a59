// Printing a post gives the article alone, black on white, with the address of each external link.
import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const POST_PATH = 'posts/kubecon-2017-thoughts';
const RENDER_TIMEOUT = 15_000;

describe('print stylesheet', () => {
  const site = useServedSite();

  it('prints only the article, black on white even in the dark theme, with external URLs', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { colorScheme: 'dark' });
    await page.goto(`${site.server.url}${POST_PATH}`);
    await page.locator('.post-body').waitFor({ timeout: RENDER_TIMEOUT });
    await page.emulateMedia({ media: 'print' });

    const shown = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((elements) => elements.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(await shown('.site-header, .site-footer, nav, button, .heading-anchor, .toasts')).toBe(0);
    expect(await shown('article.post h1')).toBe(1);
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.post-body p') as Element).color,
    }));
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });

    const external = page.locator('.post-body a[href^="https://www.cncf.io/"]').first();
    const after = await external.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toBe('" (https://www.cncf.io/)"');
    expect(errors).toEqual([]);
  });
});
