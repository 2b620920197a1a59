import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readBuiltIndex, readStore, waitUntilReadyOffline } from './support/site-data.ts';

const index = readBuiltIndex(inject('distDir'));
const newestFirst = [...index.posts].sort((a, b) => (a.date < b.date ? 1 : -1));
const readPost = newestFirst[0]!;
const tag = 'kubernetes';

function listedTitles(page: Page): Promise<string[]> {
  return page.locator('main .post-list .post-card h2 a').allInnerTexts();
}

describe('read and unread', () => {
  const site = useServedSite();

  it('shows read posts quietly, filters to the unread ones with the tags in the address, and marks all read', async (test) => {
    const { page, errors } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    await page.getByRole('link', { name: readPost.title, exact: true }).click();
    await page.getByRole('button', { name: `Read ${readPost.title}` }).click();
    await expect
      .poll(() => page.getByRole('button', { name: `Read ${readPost.title}` }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByRole('link', { name: 'Posts', exact: true }).click();
    const card = (title: string) =>
      page.locator('.post-card', { has: page.getByRole('link', { name: title, exact: true }) });
    await expect.poll(() => card(readPost.title).getAttribute('class')).toContain('is-read');

    const unreadOnly = page.getByRole('button', { name: 'Unread only' });
    await unreadOnly.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?unread=1');
    const unread = newestFirst.filter((post) => post.slug !== readPost.slug);
    await expect.poll(() => listedTitles(page)).toEqual(unread.map((post) => post.title));
    expect(await unreadOnly.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => page.locator('.filter-summary').innerText())
      .toBe(`${unread.length} unread of ${index.posts.length} posts`);

    // With a tag: both in the address, Back undoes the tag and keeps the filter.
    const chip = page
      .getByRole('group', { name: 'Filter by tag' })
      .getByRole('button', { name: new RegExp(`^${tag} `) });
    await chip.click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?tags=${tag}&unread=1`);
    await expect
      .poll(() => listedTitles(page))
      .toEqual(unread.filter((post) => post.tags.includes(tag)).map((post) => post.title));
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?unread=1');
    await expect.poll(() => listedTitles(page)).toEqual(unread.map((post) => post.title));

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => page.locator('.empty-list').innerText()).toBe('You have read every post here.');
    const marks = await readStore<{ slug: string; read: boolean }>(page, 'readMarks');
    expect(
      marks
        .filter((mark) => mark.read)
        .map((mark) => mark.slug)
        .sort(),
    ).toEqual(index.posts.map((post) => post.slug).sort());

    // A reload keeps the filter, from the address.
    await page.reload();
    await expect.poll(() => page.locator('.empty-list').innerText()).toBe('You have read every post here.');
    await unreadOnly.click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => page.locator('.post-card.is-read').count()).toBe(index.posts.length);
    expect(errors).toEqual([]);
  });
});
