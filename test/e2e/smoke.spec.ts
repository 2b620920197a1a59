import { describe, expect, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';

const SITE_TITLE = 'KubeCon Field Notes';

/** Every post in content/posts with `draft` unset: the home page must list exactly these. */
const PUBLISHED_TITLES = [
  'KubeCon 2017 Thoughts',
  'KubeCon + CloudNativeCon EU 2018',
  'Insights from KubeCon EU 2016: Kubernetes vs. reality',
  'Kubernetes Trends at KubeCon 2017',
];
const DRAFT_TITLE = 'KubeCon 2018: Looking Back and Forward';

const OPENED_TITLE = 'KubeCon 2017 Thoughts';
/** The first sentence of that post's body, as rendered text. */
const OPENED_BODY_TEXT = 'Earlier this month, I went to KubeCon/CloudNativeCon 2017 in Austin, Texas.';

/** Generous, because the first load also parses the post index and fills IndexedDB. */
const RENDER_TIMEOUT = 15_000;

describe('smoke: the production build in a real browser', () => {
  const site = useServedSite();

  it('lists the published posts, not the draft, and opens a post', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);

    const main = page.locator('main');
    // Wait for the app to render the list before reading it all at once.
    await main.getByRole('link', { name: OPENED_TITLE, exact: true }).first().waitFor({ timeout: RENDER_TIMEOUT });

    const headings = await page.locator('h1').allInnerTexts();
    expect([await page.title(), ...headings].join(' | ')).toContain(SITE_TITLE);

    const linkTexts = (await main.getByRole('link').allInnerTexts()).map((text) => text.trim());
    const listedTitles = [...new Set(linkTexts.filter((text) => [...PUBLISHED_TITLES, DRAFT_TITLE].includes(text)))];
    expect(listedTitles.sort()).toEqual([...PUBLISHED_TITLES].sort());
    // The EU 2018 post mentions the draft's title deep in its body; list pages show only summaries,
    // so any occurrence of it here means the draft leaked into the build.
    expect(await page.locator('body').innerText()).not.toContain(DRAFT_TITLE);

    await main.getByRole('link', { name: OPENED_TITLE, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: OPENED_TITLE, exact: true }).waitFor({ timeout: RENDER_TIMEOUT });
    expect(page.url()).not.toBe(site.server.url);
    expect(await main.innerText()).toContain(OPENED_BODY_TEXT);

    expect(errors).toEqual([]);
  });

  it('renders a post opened from a deep link in a fresh browser context', async (test) => {
    const first = await openPage(site.browser, test);
    await first.page.goto(site.server.url);
    await first.page.locator('main').getByRole('link', { name: OPENED_TITLE, exact: true }).first().click();
    await first.page
      .getByRole('heading', { level: 1, name: OPENED_TITLE, exact: true })
      .waitFor({ timeout: RENDER_TIMEOUT });
    const postUrl = first.page.url();

    // A new context has no service worker or cache yet: the server itself must answer the deep link.
    const { page, errors } = await openPage(site.browser, test);
    const response = await page.goto(postUrl);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: OPENED_TITLE, exact: true }).waitFor({ timeout: RENDER_TIMEOUT });
    expect(await page.locator('main').innerText()).toContain(OPENED_BODY_TEXT);

    expect([...first.errors, ...errors]).toEqual([]);
  });
});
