// Printing a post gives the article alone, black on white, with the address of each external link.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

    // isVisible() also counts hidden ancestors, so a hidden wrapper around the article fails here.
    for (const selector of ['.site-header', '.site-footer', 'nav', 'button', '.toc-aside', '.toasts', '.post-footer']) {
      const visible = await page
        .locator(selector)
        .evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).checkVisibility()).length);
      expect(visible, selector).toBe(0);
    }
    await expect.poll(() => page.locator('article.post h1').isVisible()).toBe(true);
    expect(await page.locator('.post-body p').first().isVisible()).toBe(true);

    // The paper itself: the title and the first paragraph are in the PDF's text.
    const title = (await page.locator('article.post h1').textContent())?.trim() ?? '';
    const paragraph = (await page.locator('.post-body p').first().textContent())?.trim() ?? '';
    const pdf = await page.pdf();
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    const dir = await mkdtemp(path.join(tmpdir(), 'print-'));
    await writeFile(path.join(dir, 'post.pdf'), pdf);
    const text = execFileSync('pdftotext', [path.join(dir, 'post.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(title);
    expect(text).toContain(paragraph.replace(/\s+/g, ' ').slice(0, 40));

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
