import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { openAsNewerVersion, waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

// A newer version of the site in another tab upgrades the database, before or after this older
// page opened it; the older page must say so and offer a reload, never go blank.
describe('the database upgraded by a newer version of the site', () => {
  const site = useServedSite();

  it('asks the reader to reload when a newer schema opens the database under the page, and the post stays readable', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}posts/kubecon-2017-thoughts`);
    await waitUntilReadyOffline(page);
    // The page's own connection, not only the sync worker's: "ready" can come before it opens.
    await waitForMilestone(page, 'page-database-open');

    expect(await openAsNewerVersion(page)).toBe(1000);

    await expectReloadAlert(page);
    expect(await page.locator('h1').innerText()).toBe('KubeCon 2017 Thoughts');
    expect(errors).toEqual([]);
  });

  it('says the data is a newer version’s, and offers the reload, when the page opens a database a newer version has upgraded already', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}posts/kubecon-2017-thoughts`);
    await waitUntilReadyOffline(page);
    // Upgraded from a page of the same origin that is not the app, while no page holds it open.
    await page.goto(`${site.server.url}favicon.svg`);
    expect(await openAsNewerVersion(page)).toBe(1000);

    await page.goto(`${site.server.url}posts/kubecon-2017-thoughts`);

    // This older page never writes into the newer schema: it reads from memory and says why nothing is kept.
    const notice = page.getByRole('complementary', { name: 'Storage notice' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toContain('This site’s data was saved by a newer version of Field Notes');
    expect(await notice.innerText()).toContain('Reload after the update to keep saving.');
    expect(await notice.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('KubeCon 2017 Thoughts');
    expect(errors).toEqual([]);
  });
});

async function expectReloadAlert(page: Page): Promise<void> {
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 10_000 });
  expect(await alert.innerText()).toContain('A newer version of Field Notes was opened in another tab.');
  expect(await alert.innerText()).toContain('Reload this page to keep saving');
  expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
}
