// Code in a post is highlighted at build time (src/build/content/highlight.ts) and coloured by the site's
// stylesheet, so it reads the same offline, in either theme, and without JavaScript; the app adds
// a copy button to each block (src/app/reading/code-copy.ts).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { buildSite, REPO_ROOT } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { goOffline } from './support/offline.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

const CONTENT_DIR = path.join(REPO_ROOT, 'test/fixtures/media');
const SLUG = 'pictures-and-code';
const TITLE = 'Pictures and Code from the Keynote Hall';
const GO_CODE = 'func (c *Controller) Run(stop <-chan struct{}) {\n\tfor c.processNextItem() {\n\t}\n\t<-stop\n}';
const YAML_FIRST_LINE = 'apiVersion: apps/v1';

/** The computed colour of the first Go keyword (`func`) and of the code around it. */
function colours(page: Page) {
  return page.evaluate(() => {
    const keyword = document.querySelector('.language-go .tok-keyword')!;
    return { keyword: getComputedStyle(keyword).color, text: getComputedStyle(keyword.parentElement!).color };
  });
}

async function openPost(page: Page) {
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 15_000 });
}

describe('code blocks', () => {
  let distDir = '';
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    distDir = await buildSite({ outDir: 'dist-media', env: { CONTENT_DIR } });
    browser = await launchBrowser();
    server = await serveBuild(distDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('after one visit of the home page, offline, are highlighted in both themes and copy, by a link and on a reload', async (test) => {
    const own = await serveBuild(distDir);
    test.onTestFinished(() => own.close().catch(() => undefined));
    const { page, context } = await openPage(
      browser,
      test,
      { colorScheme: 'light' },
      { consoleErrors: [BROWSER_LOGS.offline] },
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: own.url });
    await page.goto(own.url);
    await waitUntilReadyOffline(page);
    // The post's photo is saved after the posts (it is past the fixture's precache budget).
    await waitForMilestone(page, 'images-saved');
    await own.close();
    await goOffline(context, page);

    // A client-side navigation: the body comes from IndexedDB.
    await page.getByRole('link', { name: TITLE }).first().click();
    await openPost(page);
    expect(await page.locator('.code-label').allTextContents()).toEqual(['YAML', 'Go', 'Bash']);
    const light = await colours(page);
    expect(light.keyword).not.toBe(light.text);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await colours(page)).keyword).not.toBe(light.keyword);

    const goBlock = page.locator('.code-block').filter({ has: page.locator('.language-go') });
    await goBlock.getByRole('button', { name: 'Copy code' }).click();
    await goBlock.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(GO_CODE);

    // A reload: the prerendered page from the service worker, hydrated. From the keyboard this time.
    await page.reload();
    await openPost(page);
    const yamlBlock = page.locator('.code-block').filter({ has: page.locator('.language-yaml') });
    const button = yamlBlock.getByRole('button', { name: 'Copy code' });
    await button.focus();
    await page.keyboard.press('Enter');
    await yamlBlock.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n')[0]).toBe(YAML_FIRST_LINE);
    const box = await button.boundingBox();
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
    // A plain block gets a button too, and no label.
    expect(await page.getByRole('button', { name: 'Copy code' }).count()).toBe(4);
  });

  it('pass axe, fit a phone with long lines scrolling inside their block, and print black', async (test) => {
    const { page, errors } = await openPage(browser, test, { viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}posts/${SLUG}`);
    await openPost(page);
    await page.getByRole('button', { name: 'Copy code' }).first().waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    const fit = await page.evaluate(() => {
      const pre = document.querySelector<HTMLElement>('.language-bash')!.parentElement!;
      return {
        page: document.documentElement.scrollWidth <= window.innerWidth,
        scrolls: pre.scrollWidth > pre.clientWidth && getComputedStyle(pre).overflowX === 'auto',
        tabStop: pre.tabIndex,
      };
    });
    expect(fit).toEqual({ page: true, scrolls: true, tabStop: 0 });

    await page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await colours(page)).keyword).toBe('rgb(0, 0, 0)');
    expect(errors).toEqual([]);
  });

  it('select the code and say so when the clipboard is refused', async (test) => {
    const { page, errors } = await openPage(browser, test);
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await page.goto(`${server.url}posts/${SLUG}`);
    await openPost(page);
    const goBlock = page.locator('.code-block').filter({ has: page.locator('.language-go') });

    await goBlock.getByRole('button', { name: 'Copy code' }).click();

    await goBlock.getByRole('status').filter({ hasText: 'Could not copy' }).waitFor();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(GO_CODE);
    expect(errors).toEqual([]);
  });

  it('without JavaScript, are highlighted and labelled, with no copy button that would do nothing', async (test) => {
    const { page } = await openPage(browser, test, { javaScriptEnabled: false });
    await page.goto(`${server.url}posts/${SLUG}`);

    expect(await page.locator('.code-label').allTextContents()).toEqual(['YAML', 'Go', 'Bash']);
    const { keyword, text } = await colours(page);
    expect(keyword).not.toBe(text);
    expect(await page.getByRole('button', { name: 'Copy code' }).count()).toBe(0);
  });
});
