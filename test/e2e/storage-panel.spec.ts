import { describe, expect, inject, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, waitUntilReadyOffline } from './support/site-data.ts';

describe('the Offline & storage panel', () => {
  const site = useServedSite();
  const total = readBuiltIndex(inject('distDir')).posts.length;

  it('is reached from the footer and shows posts saved, storage used and persistence', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offline & storage' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Offline & storage');

    const value = (term: string) => page.locator(`dt:text-is("${term}") + dd`).innerText();
    await expect.poll(() => value('Posts saved offline')).toBe(`${total} of ${total}`);
    expect(await value('Site files cached')).toBe('Yes, the whole site opens without a connection');
    await expect
      .poll(() => value('Storage used'))
      .toMatch(/^\d+(\.\d)? (bytes|KB|MB|GB) of \d+(\.\d)? (KB|MB|GB|TB) available$/);
    expect(await value('Kept when space runs low')).toMatch(
      /^(Yes \(persistent storage\)|No, the browser may clear it under pressure)$/,
    );
    expect(errors).toEqual([]);
  });
});
