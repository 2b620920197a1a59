import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_DIR } from './support/build.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { buildSecondDeploy, SECOND_DEPLOY } from './support/second-deploy.ts';
import { useServedSite } from './support/served-site.ts';
import { waitUntilReadyOffline } from './support/site-data.ts';

const POST_TITLE = 'KubeCon 2017 Thoughts';

// A tab left open on an old version asks for a page's code chunk that a later deploy removed.
// It must reload once into the new version, and never loop or go blank.
describe('a tab still on the old version after a deploy', () => {
  const site = useServedSite();
  let secondBuild: string;

  beforeAll(async () => {
    secondBuild = await buildSecondDeploy('dist-chunk-recovery');
  });

  it('reloads once into the new version when the post page chunk it needs is gone', async (test) => {
    const oldChunk = await postPageChunk(inject('distDir'));
    expect(await postPageChunk(secondBuild)).not.toBe(oldChunk);

    // The removed chunk's 404, logged by Chromium.
    const { page: oldTab, context } = await openPage(
      site.browser,
      test,
      {},
      { consoleErrors: [BROWSER_LOGS.notFound] },
    );
    await oldTab.goto(site.server.url);
    await waitUntilReadyOffline(oldTab);

    // Another tab takes the new version: its service worker activates and drops the old chunks.
    site.server.setRoot(secondBuild);
    const newTab = await context.newPage();
    await newTab.goto(site.server.url);
    await newTab.getByRole('button', { name: 'Reload' }).click({ timeout: 30_000 });
    await newTab.getByRole('link', { name: SECOND_DEPLOY.added.title, exact: true }).waitFor();

    // The HTTP cache would still hold the old chunk for a while (hashed files are immutable);
    // clear it, as eviction or time eventually does.
    const cdp = await context.newCDPSession(oldTab);
    await cdp.send('Network.clearBrowserCache');
    const reloads = countLoads(oldTab);
    await oldTab.bringToFront();
    await oldTab.getByRole('link', { name: POST_TITLE, exact: true }).click();

    await expect
      .poll(() => oldTab.locator('.post-body').innerText())
      .toContain('An update added in the second deploy.');
    expect(reloads()).toBe(1);
  });

  it('shows a way to recover, not a blank page or a reload loop, when the chunk is missing after the reload too', async (test) => {
    const broken = path.join(E2E_DIR, 'dist-missing-chunk');
    await rm(broken, { recursive: true, force: true });
    await cp(inject('distDir'), broken, { recursive: true });
    const chunk = await postPageChunk(broken);
    await rm(path.join(broken, 'assets', chunk));
    site.server.setRoot(broken);

    // No service worker: the chunk must come from the network, where it is missing.
    const { page } = await openPage(
      site.browser,
      test,
      { serviceWorkers: 'block' },
      { consoleErrors: [BROWSER_LOGS.notFound] },
    );
    await page.goto(site.server.url);
    const reloads = countLoads(page);
    await page.getByRole('link', { name: POST_TITLE, exact: true }).click();

    // The reload lands on the post's prerendered page: still readable, and saying what is wrong.
    const alert = page.getByRole('alert').filter({ hasText: 'This page can be read, but not used.' });
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toContain('Reloading usually fixes it');
    await page.getByRole('heading', { level: 1, name: POST_TITLE, exact: true }).waitFor();
    expect(await page.locator('.post-body').innerText()).toContain('Austin, Texas');
    expect(reloads()).toBe(1);
    site.server.setRoot(inject('distDir'));
  });
});

/** The file name of the lazily loaded post page chunk in a build. */
async function postPageChunk(dist: string): Promise<string> {
  const chunks = (await readdir(path.join(dist, 'assets'))).filter((file) => /^PostPage-.*\.js$/.test(file));
  expect(chunks).toHaveLength(1);
  return chunks[0] as string;
}

/** Counts full page loads from now on. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => (loads += 1));
  return () => loads;
}
