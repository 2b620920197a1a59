// A reader who chose the dark theme never sees a light page flash on reload: public/boot.js, inlined
// at the top of every prerendered page, sets the theme on <html> before the stylesheet and content.
// Text settings persist the same way.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { headersForEveryPath } from './support/headers.ts';
import { BROWSER_LOGS, inlineScriptRuns, openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const RENDER_TIMEOUT = 15_000;

/**
 * Runs before any page script: records the theme attribute at the moments that matter for a
 * flash: when the (inlined) stylesheet is parsed, when <body> is created, when the prerendered
 * page's content arrives, and in the first animation frame (just before the first paint).
 */
function recordThemeBeforeTheApp() {
  const seen: string[] = [];
  Object.assign(window, { __themeSeen: seen });
  const theme = () => document.documentElement.getAttribute('data-theme') ?? 'none';
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('style, link[rel="stylesheet"]')) seen.push(`stylesheet:${theme()}`);
        if (node.matches('body')) seen.push(`body:${theme()}`);
        if (node.matches('#app')) seen.push(`content:${theme()}`);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  requestAnimationFrame(() =>
    seen.push(`first-frame:${theme()}:${getComputedStyle(document.documentElement).backgroundColor}`),
  );
}

/** Relative luminance of a computed `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Reading settings' }).click();
  return page.getByRole('dialog', { name: 'Reading settings' });
}

describe('themes and reader settings', () => {
  const site = useServedSite();

  it('applies a chosen Dark theme before the first paint after a reload, on a light system', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { colorScheme: 'light' });
    await page.addInitScript(recordThemeBeforeTheApp);
    await page.goto(site.server.url);
    await page.locator('main h1').waitFor({ timeout: RENDER_TIMEOUT });
    // Light system, nothing chosen: no attribute, a light page.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.8);

    const panel = await openSettings(page);
    await panel.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);

    await page.reload();
    await page.locator('main h1').waitFor({ timeout: RENDER_TIMEOUT });
    const seen = await page.evaluate(() => (window as unknown as { __themeSeen: string[] }).__themeSeen);
    expect(seen.filter((entry) => !entry.startsWith('first-frame'))).toEqual([
      'stylesheet:dark',
      'body:dark',
      'content:dark',
    ]);
    const firstFrame = seen.find((entry) => entry.startsWith('first-frame')) ?? '';
    expect(firstFrame).toMatch(/^first-frame:dark:/);
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);
    // The browser chrome follows too.
    const themeColors = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    expect(themeColors).toEqual(['#16171a', '#16171a']);
    // And the header toggle knows the choice.
    expect(await page.getByRole('button', { name: 'Theme: Dark' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('follows a dark system by default, and a chosen Light theme overrides it', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { colorScheme: 'dark' });
    await page.goto(site.server.url);
    await page.locator('main h1').waitFor({ timeout: RENDER_TIMEOUT });
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);
    // The header toggle steps System → Light.
    await page.getByRole('button', { name: 'Theme: System' }).click();
    await page.getByRole('button', { name: 'Theme: Light' }).waitFor();
    expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.8);
    await page.reload();
    await page.locator('main h1').waitFor({ timeout: RENDER_TIMEOUT });
    expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.8);
    expect(errors).toEqual([]);
  });

  it('keeps the text size, spacing and typeface over a reload, applied before the app runs', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        // 'interactive' comes before deferred module scripts run: only boot.js has run by now.
        if (document.readyState === 'interactive') {
          Object.assign(window, { __sizeBeforeApp: document.documentElement.getAttribute('data-font-size') });
        }
      });
    });
    await page.goto(site.server.url);
    await page.locator('main h1').waitFor({ timeout: RENDER_TIMEOUT });
    const sizeBefore = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

    const panel = await openSettings(page);
    await panel.getByRole('radio', { name: 'Largest' }).check();
    await panel.getByRole('radio', { name: 'Sans-serif' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Reading settings' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.includes('Reading settings'))).toBe(true);
    const sizeAfter = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(sizeAfter).toBeGreaterThan(sizeBefore);

    await page.reload();
    await page.locator('main h1').waitFor({ timeout: RENDER_TIMEOUT });
    expect(await page.evaluate(() => (window as unknown as { __sizeBeforeApp: string }).__sizeBeforeApp)).toBe(
      'xx-large',
    );
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(sizeAfter);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui,/);
    const reopened = await openSettings(page);
    expect(await reopened.getByRole('radio', { name: 'Largest' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('renders with the defaults when storage throws, under a strict Content-Security-Policy', async (test) => {
    // The last step runs an inline script on purpose, to see the policy refuse it.
    const { page, errors } = await openPage(
      site.browser,
      test,
      {},
      { consoleErrors: [BROWSER_LOGS.inlineScriptRefused] },
    );
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    // The build's own policy: no 'unsafe-inline' anywhere, only its boot script and styles by
    // hash; any other inline script or style attribute would be refused and logged.
    const policy = headersForEveryPath(inject('distDir'))['Content-Security-Policy'] ?? '';
    expect(policy).not.toContain('unsafe-inline');
    await page.route(`${site.server.url}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    // As with site data blocked in the browser: merely reading window.localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(site.server.url);
    await page.locator('main .post-card').first().waitFor({ timeout: RENDER_TIMEOUT });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-font-size'))).toBe('medium');
    // Settings still apply for this page, though they cannot be remembered.
    await (await openSettings(page)).getByRole('radio', { name: 'Dark' }).check();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // And the policy was in force: an inline script is refused.
    expect(await inlineScriptRuns(page)).toBe(false);
  });

  it('makes post paragraphs larger and more spaced at each step, and the column wider with Wide', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}posts/kubecon-2017-thoughts`);
    await page.locator('.post-body p').first().waitFor({ timeout: RENDER_TIMEOUT });
    const text = () =>
      page
        .locator('.post-body p')
        .first()
        .evaluate((p) => {
          const style = getComputedStyle(p);
          return {
            size: parseFloat(style.fontSize),
            leading: parseFloat(style.lineHeight),
            width: p.getBoundingClientRect().width,
          };
        });
    let previous = 0;
    for (const name of ['Small', 'Medium', 'Large', 'Larger', 'Largest']) {
      await (await openSettings(page)).getByRole('radio', { name, exact: true }).first().check();
      await expect.poll(async () => (await text()).size).toBeGreaterThan(previous);
      previous = (await text()).size;
      await page.keyboard.press('Escape');
    }
    await (await openSettings(page)).getByRole('radio', { name: 'Medium' }).first().check();
    const normal = await text();
    await page.getByRole('radio', { name: 'Relaxed' }).check();
    await expect.poll(async () => (await text()).leading).toBeGreaterThan(normal.leading);
    await page.getByRole('radio', { name: 'Wide' }).check();
    await expect.poll(async () => (await text()).width).toBeGreaterThan(normal.width * 1.12);
    expect(errors).toEqual([]);
  });

  for (const width of [320, 1280]) {
    it(`keeps everything on a ${width} px screen at every text size and width, the contents within reach`, async (test) => {
      const { page } = await openPage(site.browser, test, { viewport: { width, height: 800 } });
      await page.goto(`${site.server.url}posts/kubecon-2017-thoughts`);
      await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: RENDER_TIMEOUT });
      const sizes = ['small', 'medium', 'large', 'x-large', 'xx-large'];
      const measures = ['narrow', 'medium', 'wide'];
      const layouts: string[] = [];
      for (const size of sizes) {
        for (const measure of measures) {
          // The attributes the settings set (the test above goes through the dialog); the layout follows them alone.
          const layout = await page.evaluate(
            ([size, measure]) => {
              document.documentElement.setAttribute('data-font-size', size!);
              document.documentElement.setAttribute('data-text-width', measure!);
              const right = window.innerWidth;
              const outside = [...document.querySelectorAll('body *')]
                .filter((element) => !element.closest('.visually-hidden'))
                .map((element) => ({ element, box: element.getBoundingClientRect() }))
                .filter(({ box }) => box.width > 0 && box.height > 0 && (box.left < -0.5 || box.right > right + 0.5))
                .map(
                  ({ element, box }) =>
                    `${element.tagName.toLowerCase()}.${element.className} ${box.left}..${box.right}`,
                );
              const visible = (selector: string) => {
                const box = document.querySelector(selector)?.getBoundingClientRect();
                return box !== undefined && box.width > 0 && box.height > 0;
              };
              return {
                outside: outside.slice(0, 3),
                scrollsSideways: document.documentElement.scrollWidth > right,
                skipLinkBottom: document.querySelector('.skip-link')!.getBoundingClientRect().bottom,
                contents: visible('.toc-aside') ? 'column' : visible('.toc-details') ? 'disclosure' : 'none',
              };
            },
            [size, measure],
          );
          const where = `${size} text, ${measure} width`;
          expect(layout.outside, where).toEqual([]);
          expect(layout.scrollsSideways, where).toBe(false);
          expect(layout.skipLinkBottom, where).toBeLessThanOrEqual(0);
          expect(layout.contents, where).not.toBe('none');
          layouts.push(layout.contents);
        }
      }
      // A narrow screen has no room for the column; a wide one has it at the default settings.
      if (width === 320) expect(new Set(layouts)).toEqual(new Set(['disclosure']));
      else expect(layouts[sizes.indexOf('medium') * measures.length + 1]).toBe('column');
      // Focused, the skip link comes fully into view.
      await page.evaluate(() => document.documentElement.setAttribute('data-font-size', 'xx-large'));
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      const box = await page.locator('.skip-link').boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual(0);
    });
  }
});
