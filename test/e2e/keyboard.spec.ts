// A keyboard reader skims the list with j and k, bookmarks with b and finds the keys with ?.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const RENDER_TIMEOUT = 15_000;
const POST_PATH = 'posts/kubernetes-trends-at-kubecon-2017';
const POST_TITLE = 'Kubernetes Trends at KubeCon 2017';
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function openList(page: Page, url: string) {
  await page.goto(url);
  await page.locator('ol.post-list article.post-card').first().waitFor({ timeout: RENDER_TIMEOUT });
  // The prerendered list shows before the app that answers the keys has hydrated it.
  await waitForApp(page);
  return page.locator('ol.post-list > li > article.post-card h2 a').allInnerTexts();
}

describe('keyboard shortcuts', () => {
  const site = useServedSite();

  it('j and k move focus through the posts in the list and scroll each into view', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 800, height: 420 } });
    const titles = await openList(page, site.server.url);
    expect(titles.length).toBeGreaterThanOrEqual(3);

    const visited: string[] = [];
    for (const key of ['j', 'j', 'j', 'k']) {
      await page.keyboard.press(key);
      visited.push(await focusedText(page));
    }
    expect(visited).toEqual([titles[0], titles[1], titles[2], titles[1]]);
    // The focused card is on screen.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const card = document.activeElement?.closest('article')?.getBoundingClientRect();
          return card !== undefined && card.top >= 0 && card.bottom <= window.innerHeight + 1;
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('b toggles the bookmark of the focused post in a list', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await openList(page, site.server.url);
    const first = page.locator('ol.post-list article.post-card').first().locator('[data-shortcut="bookmark"]');
    await expect.poll(() => first.isEnabled(), { timeout: RENDER_TIMEOUT }).toBe(true);
    expect(await first.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('j');
    await page.keyboard.press('b');
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('b');
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('b toggles the bookmark on a post page', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}${POST_PATH}`);
    await page.getByRole('heading', { level: 1, name: POST_TITLE }).waitFor({ timeout: RENDER_TIMEOUT });
    const toggle = page.locator('main [data-shortcut="bookmark"]');
    await expect.poll(() => toggle.isEnabled(), { timeout: RENDER_TIMEOUT }).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('b');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('? opens the named shortcuts dialog; Escape closes it and focus goes back', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await openList(page, site.server.url);
    await page.keyboard.press('j');
    const focused = await focusedText(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Next post in the list');
    // Behind the modal dialog, j does nothing.
    await page.keyboard.press('j');
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe(focused);
    expect(errors).toEqual([]);
  });

  it('typing j in a field, or pressing Ctrl+j, does not move focus', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await openList(page, site.server.url);
    // The app has no text field of its own yet; add one as a search box would be.
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { type: 'search', ariaLabel: 'Search' });
      document.querySelector('main')?.prepend(input);
    });
    const field = page.getByRole('searchbox', { name: 'Search', exact: true });
    await field.click();
    await page.keyboard.type('jkj?b');
    expect(await field.inputValue()).toBe('jkj?b');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.locator('main h1').focus();
    await page.keyboard.press('Control+j');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
  });
});
