import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { openPage } from './support/page-helpers.ts';
import { serveBuild, type StaticServer } from './support/server.ts';

// test/fixtures/hostile has a post whose SVG sets the title, a global and fetches /ran-… from its
// script, its onload and its foreignObject. Opened at its own address on a host that sends no
// Content-Security-Policy (GitHub Pages, any plain host), none of it may run or load.
describe('an SVG beside a post, opened at its own address on a host with no CSP', () => {
  let distDir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    distDir = await buildSite({ outDir: 'dist-hostile', env: { CONTENT_DIR: 'test/fixtures/hostile' } });
    server = await serveBuild(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the picture and runs none of its script, handlers or requests', async (test) => {
    const images = await readdir(path.join(distDir, 'assets/images'));
    const svg = images.find((name) => name.endsWith('.svg'));
    expect(svg).toMatch(/^evil-[0-9a-f]{10}\.svg$/);

    const { page } = await openPage(browser, test);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const response = await page.goto(`${server.url}assets/images/${svg}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response?.headers()['content-security-policy']).toBeUndefined();

    // The load event has fired by now: an onload handler or a script would have run before it.
    await page.getByText('Tap & see').waitFor();
    expect(await page.title()).not.toMatch(/^ran/);
    expect(await page.evaluate(() => (window as unknown as { ranFromSvg?: boolean }).ranFromSvg)).toBeUndefined();
    expect(requested.filter((pathname) => pathname.startsWith('/ran-'))).toEqual([]);
    expect(requested.every((pathname) => pathname === `/assets/images/${svg}`)).toBe(true);
  });

  it('shows the same picture in its post', async (test) => {
    const { page } = await openPage(browser, test);
    await page.goto(`${server.url}posts/evil-picture`);
    const picture = page.getByRole('img', { name: 'A box with a gradient, labelled "Tap & see"' });
    await expect
      .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(200);
  });
});
