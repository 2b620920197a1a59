// Writes PNGs of the main pages, light and dark, phone and desktop, to docs/screenshots/,
// from the production build in dist/ (run `npm run build` first; `npm run screenshots` does).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-chromium.ts';
import { startStaticServer } from './static-server.ts';

const OUT_DIR = path.resolve('docs/screenshots');
const PAGES = [
  { name: 'home', path: '' },
  { name: 'post', path: 'posts/kubernetes-trends-at-kubecon-2017' },
];
const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;

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
      for (const { name, path: route } of PAGES) {
        await page.goto(`${server.url}${route}`);
        await page.locator('main h1').waitFor();
        await page.locator('.post-card, .post-body').first().waitFor();
        const file = path.join(OUT_DIR, `${name}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(process.cwd(), file));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
