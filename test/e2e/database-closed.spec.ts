import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { waitUntilReadyOffline } from './support/site-data.ts';

// A newer version of the site in another tab upgrades the database and asks older tabs to let
// go; the older tab must say so and offer a reload, never go blank.
describe('the database closed underneath the page', () => {
  const site = useServedSite();

  it('asks the reader to reload when a newer schema opens the database, and the post stays readable', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}posts/kubecon-2017-thoughts`);
    await waitUntilReadyOffline(page);

    // What a newer tab's Dexie does: open the same database at a higher version.
    const upgraded = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('kubecon-field-notes', 1000);
          request.onsuccess = () => {
            resolve(request.result.version);
            request.result.close();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(upgraded).toBe(1000);

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Reload this page to keep saving');
    expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('KubeCon 2017 Thoughts');
    expect(errors).toEqual([]);
  });
});
