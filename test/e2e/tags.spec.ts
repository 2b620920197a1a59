import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { PostSummary } from '../../src/shared/post.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, waitUntilReadyOffline } from './support/site-data.ts';

const index = readBuiltIndex(inject('distDir'));

/** Titles of the published posts carrying every tag, newest first, from the built index. */
function expectedTitles(tags: string[]): string[] {
  return [...index.posts]
    .filter((post: PostSummary) => tags.every((tag) => post.tags.includes(tag)))
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map((post) => post.title);
}

function listedTitles(page: Page): Promise<string[]> {
  return page.locator('main .post-list .post-card h2 a').allInnerTexts();
}

const allTags = [...new Set(index.posts.flatMap((post) => post.tags))].sort();
// A pair where the first tag narrows the list (so its press visibly changes it) and the second
// tag alone has more posts than the pair (so AND and OR give different lists).
const [first, second] = (() => {
  const total = index.posts.length;
  for (const a of allTags) {
    for (const b of allTags) {
      const one = expectedTitles([a]).length;
      const both = expectedTitles([a, b]).length;
      if (a !== b && one > 0 && one < total && both > 0 && expectedTitles([b]).length > both) return [a, b];
    }
  }
  throw new Error('The built posts have no pair of tags to test AND with');
})() as [string, string];

describe('tag filtering', () => {
  const site = useServedSite();

  it('shows exactly the right posts for /tags/<tag> and /?tags=a,b, online and offline', async (test) => {
    const { page, context } = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);

    const check = async () => {
      for (const tag of allTags) {
        await page.goto(`${site.server.url}tags/${encodeURIComponent(tag)}`);
        await expect.poll(() => page.locator('h1').innerText()).toBe(tag);
        await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([tag]));
      }
      await page.goto(`${site.server.url}?tags=${first},${second}`);
      await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([first, second]));
      await page.goto(`${site.server.url}tags`);
      for (const tag of allTags) {
        const count = expectedTitles([tag]).length;
        const name = `${tag} ${count} ${count === 1 ? 'post' : 'posts'}`;
        await page.getByRole('link', { name, exact: true }).waitFor();
      }
    };
    await check();
    await goOffline(context, page);
    await check();
  });

  it('updates the list and the URL when chips are pressed, and Back steps through the selections', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    const chips = page.getByRole('group', { name: 'Filter by tag' });
    const chip = (tag: string) => chips.getByRole('button', { name: new RegExp(`^${tag} \\d+ posts?$`) });
    const chipNamed = (tag: string, count: number) =>
      chips.getByRole('button', { name: `${tag} ${count} ${count === 1 ? 'post' : 'posts'}`, exact: true });
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([]));

    // Each chip's name says how many posts selecting it would give.
    const firstCount = expectedTitles([first]).length;
    await chipNamed(first, firstCount).waitFor();
    await chip(first).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?tags=${first}`);
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([first]));
    await expect.poll(() => chip(first).getAttribute('aria-pressed')).toBe('true');

    // After one tag, a chip's count is what selecting it too would give; a chip giving nothing is disabled.
    for (const tag of allTags.filter((t) => t !== first)) {
      const count = expectedTitles([first, tag]).length;
      await chipNamed(tag, count).waitFor();
      expect(await chipNamed(tag, count).isDisabled()).toBe(count === 0);
    }

    await chip(second).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?tags=${first},${second}`);
    await expect.poll(() => chip(second).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([first, second]));

    await page.goBack();
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([first]));
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([]));
    await page.goForward();
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([first]));

    await chips.getByRole('button', { name: 'Clear selected tags' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => listedTitles(page)).toEqual(expectedTitles([]));
    expect(errors).toEqual([]);
  });
});
