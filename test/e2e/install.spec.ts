import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from './support/build.ts';
import { launchPersistentContext } from './support/chromium.ts';
import { openPage, waitForApp } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { serveBuild, type StaticServer } from './support/server.ts';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** The manifest as Chromium itself parsed it, plus the raw text, read over CDP. */
interface AppManifestReply {
  url: string;
  errors: { message: string }[];
  data?: string;
  manifest?: {
    id: string;
    name: string;
    startUrl: string;
    scope: string;
    display: string;
    icons: { url: string; sizes: string }[];
    shortcuts: { name: string; url: string }[];
    screenshots: { formFactor: string; image: { url: string } }[];
  };
}

// A plain browser context is incognito and never installable: these tests use a real on-disk
// profile, where Chromium runs its own installability checks on the served build.
describe.each([
  { where: 'at the root', basePath: '/' },
  { where: 'under /notes/', basePath: '/notes/' },
])('installable $where', ({ basePath }) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const dist =
      basePath === '/' ? inject('distDir') : await buildSite({ outDir: 'dist-notes', env: { BASE_PATH: basePath } });
    server = await serveBuild(dist, { basePath });
    context = await launchPersistentContext();
    page = await context.newPage();
    await page.goto(server.url);
    // The cards are prerendered; the manifest's link comes with the app, after the first paint.
    await waitForApp(page);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('has no installability errors, and Chromium offers to install it: the Install button shows', async () => {
    const cdp = await context.newCDPSession(page);
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    // The real beforeinstallprompt, fired by Chromium itself, reaches the app's button.
    await page.getByRole('button', { name: 'Install app' }).waitFor({ timeout: 30_000 });
  });

  it('serves a manifest Chromium parses without errors, with every field the app declares', async () => {
    const cdp = await context.newCDPSession(page);
    const reply = (await cdp.send('Page.getAppManifest')) as AppManifestReply;
    expect(reply.errors).toEqual([]);
    expect(reply.url).toBe(`${server.url}manifest.webmanifest`);
    const site = server.url;
    expect(reply.manifest).toMatchObject({
      id: site,
      name: 'KubeCon Field Notes',
      startUrl: site,
      scope: site,
      display: 'kStandalone',
      shortcuts: [
        { name: 'Bookmarks', url: `${site}bookmarks` },
        { name: 'Tags', url: `${site}tags` },
      ],
    });
    expect(reply.manifest?.icons.map((icon) => `${icon.url.slice(site.length)} ${icon.sizes}`)).toEqual(
      expect.arrayContaining([
        'pwa-192x192.png 192x192',
        'pwa-512x512.png 512x512',
        'maskable-icon-512x512.png 512x512',
      ]),
    );
    expect(reply.manifest?.screenshots.map((shot) => shot.formFactor).sort()).toEqual(['kNarrow', 'kWide']);
    // Fields CDP does not report parsed: read them from the manifest text it fetched.
    const raw = JSON.parse(reply.data ?? '{}') as Record<string, unknown>;
    expect(raw).toMatchObject({
      short_name: 'Field Notes',
      lang: 'en',
      theme_color: '#fbfaf7',
      background_color: '#fbfaf7',
      categories: expect.arrayContaining(['books']) as unknown,
    });
    expect(raw.description).toEqual(expect.any(String));
  });

  it('serves every icon and screenshot the manifest names, as PNG', async () => {
    const raw = JSON.parse(
      ((await (await context.newCDPSession(page)).send('Page.getAppManifest')) as AppManifestReply).data ?? '{}',
    ) as { icons: { src: string }[]; screenshots: { src: string }[] };
    for (const { src } of [...raw.icons, ...raw.screenshots]) {
      const response = await page.request.get(new URL(src, `${server.url}manifest.webmanifest`).href);
      expect(`${src} ${response.status()}`).toBe(`${src} 200`);
      expect(response.headers()['content-type']).toMatch(/^image\/(png|svg\+xml)/);
    }
  });
});

describe('the Install button and the iOS hint', () => {
  const site = useServedSite();

  /** Fires a beforeinstallprompt like Chromium's; its prompt() records that it was called. */
  const offerInstall = (page: Page) =>
    page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => {
          (window as unknown as { prompted: number }).prompted += 1;
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      (window as unknown as { prompted: number }).prompted = 0;
      window.dispatchEvent(event);
    });
  const installButton = (page: Page) => page.getByRole('button', { name: 'Install app' });

  it('appears when the browser offers installation, prompts on click, and goes once installed', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await page.locator('main .post-card').first().waitFor();
    expect(await installButton(page).count()).toBe(0);

    await offerInstall(page);
    await installButton(page).click();
    expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);

    await offerInstall(page);
    await installButton(page).waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
    await installButton(page).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('stays hidden when the app runs standalone (installed)', async (test) => {
    const { page, context } = await openPage(site.browser, test);
    // Chromium's CDP media emulation does not cover display-mode: answer that one query as an
    // installed app's window would, and leave every other query to the browser.
    await context.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => original(query.replace(/\(display-mode:\s*standalone\)/, 'all'));
    });
    await page.goto(site.server.url);
    await page.locator('main .post-card').first().waitFor();
    expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
    await offerInstall(page);
    await page.getByRole('link', { name: 'Tags', exact: true }).click();
    await page.locator('main h1').filter({ hasText: 'Tags' }).waitFor();
    expect(await installButton(page).count()).toBe(0);
  });

  it('on iOS Safari, explains Add to Home Screen once, and remembers it was dismissed', async (test) => {
    const { page } = await openPage(site.browser, test, {
      userAgent: IPHONE_SAFARI,
      viewport: { width: 375, height: 700 },
    });
    await page.goto(site.server.url);
    const hint = page.getByRole('complementary', { name: 'Install Field Notes' });
    await hint.waitFor();
    expect(await hint.innerText()).toContain('Add to Home Screen');
    await hint.getByRole('button', { name: 'Got it' }).click();
    await hint.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('main .post-card').first().waitFor();
    expect(await hint.count()).toBe(0);
  });

  it('shows no iOS hint in other browsers', async (test) => {
    const { page } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await page.locator('main .post-card').first().waitFor();
    expect(await page.getByRole('complementary', { name: 'Install Field Notes' }).count()).toBe(0);
  });
});
