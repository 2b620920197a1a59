// Writes PNGs of the main pages, light and dark, phone and desktop, to docs/screenshots/, and the
// web app manifest's wide and narrow screenshots to public/screenshots/ (shown in install sheets),
// from the production build in dist/ (run `npm run build` first; `npm run screenshots` does).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { MANIFEST_SCREENSHOTS } from '../src/build/pwa/pwa-options.ts';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-chromium.ts';
import { startStaticServer } from './static-server.ts';

const OUT_DIR = path.resolve('docs/screenshots');
/** `shows`: what the page must show, beyond its heading, before it is taken. */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'post', path: 'posts/kubernetes-trends-at-kubecon-2017', shows: 'main button[aria-pressed="true"]' },
  { name: 'tags', path: 'tags' },
  { name: 'bookmarks', path: 'bookmarks' },
];
/** Bookmarked before the screenshots, so the bookmarks page shows a real list. */
const BOOKMARKED = ['Kubernetes Trends at KubeCon 2017', 'KubeCon 2017 Thoughts'];
const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;
/** The page each manifest screenshot shows, by form factor. */
const MANIFEST_PAGES = { wide: '', narrow: 'posts/kubecon-cloudnativecon-eu-2018' } as const;

const executablePath = findChromium();
if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
await mkdir(OUT_DIR, { recursive: true });
const server = await startStaticServer({ root: path.resolve('dist') });
const browser = await chromium.launch({ executablePath, headless: false, args: [...CHROMIUM_ARGS] });
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await installOffline(page);
      await bookmark(page, BOOKMARKED);
      for (const { name, path: route, shows } of PAGES) {
        await page.goto(`${server.url}${route}`);
        await page.locator('main h1').waitFor();
        await page.locator('.loading').waitFor({ state: 'detached' });
        // The prerendered page knows nothing of the reader's bookmarks: wait until the stored ones show.
        await page
          .locator('.site-header .nav-count')
          .filter({ hasText: String(BOOKMARKED.length) })
          .waitFor();
        if (shows) await page.locator(shows).first().waitFor();
        const file = path.join(OUT_DIR, `${name}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(process.cwd(), file));
      }
      await context.close();
    }
  }
  await writeManifestScreenshots();
} finally {
  await browser.close();
  await server.close();
}

async function writeManifestScreenshots(): Promise<void> {
  for (const { file, width, height, form_factor } of MANIFEST_SCREENSHOTS) {
    const context = await browser.newContext({
      viewport: { width, height },
      colorScheme: 'light',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await installOffline(page);
    await page.goto(`${server.url}${MANIFEST_PAGES[form_factor]}`);
    // A fresh profile: the home page says "No posts yet" until the first sync has written them.
    await page.locator('main .post-card, main .post-body').first().waitFor();
    const out = path.resolve('public', file);
    await mkdir(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(path.relative(process.cwd(), out));
    await context.close();
  }
}

/**
 * A first visit that installs the service worker, as a reader's would: the pages then show what a
 * returning reader sees, with no notice of a refused worker and no "ready to read offline" toast
 * (it shows on the first visit only).
 */
async function installOffline(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.getByText(/Ready to read offline/).waitFor({ timeout: 120_000 });
}

async function bookmark(page: Page, titles: string[]): Promise<void> {
  await page.goto(server.url);
  for (const title of titles) {
    const button = page.getByRole('button', { name: `Bookmark ${title}`, exact: true });
    await button.click();
    await page.locator(`button[aria-pressed="true"]`).filter({ hasText: title }).waitFor();
  }
}
