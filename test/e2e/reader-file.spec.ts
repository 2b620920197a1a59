// Your reading, on another device: one profile exports its bookmarks, read marks, reading positions
// and settings to a file; a second profile, offline, previews the file and imports it, keeping
// what it had. A bad file is refused with its reason and changes nothing.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { goOffline } from './support/offline.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { putRow, readBuiltIndex, readStore, waitUntilReadyOffline } from './support/site-data.ts';

const posts = readBuiltIndex(inject('distDir')).posts;
const [postA, postB, postC] = posts as [(typeof posts)[0], (typeof posts)[0], (typeof posts)[0]];
const SETTINGS_KEY = 'field-notes:reader-settings';
const FILE_NAME = /^field-notes-reading-\d{4}-\d{2}-\d{2}\.json$/;

const tools = (page: Page) => page.getByRole('region', { name: 'Your reading, on another device' });
const status = (page: Page) => tools(page).getByRole('status');

async function bookmark(page: Page, title: string): Promise<void> {
  const button = page.locator('main').getByRole('button', { name: `Bookmark ${title}`, exact: true });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/** Clicks Export and returns the downloaded file's name, text and JSON. */
async function exportFile(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools(page).getByRole('button', { name: 'Export your reading' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) as unknown };
}

async function unbookmark(page: Page, title: string): Promise<void> {
  const button = page.locator('main').getByRole('button', { name: `Bookmark ${title}`, exact: true });
  await button.click();
  await expect.poll(() => button.count()).toBe(0);
}

const bookmarkedTitles = (page: Page) => page.locator('main .post-list .post-card h2 a').allInnerTexts();

async function chooseFile(page: Page, file: { name: string; text: string }): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    tools(page).getByRole('button', { name: 'Import your reading' }).click(),
  ]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

/** Everything an import may touch, sorted so two reads compare. */
async function readerState(page: Page) {
  const sorted = async (store: string) =>
    (await readStore<{ slug: string }>(page, store)).sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    bookmarks: await sorted('bookmarks'),
    readMarks: await sorted('readMarks'),
    readingState: await sorted('readingState'),
    settings: await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY),
  };
}

describe('your reading, on another device', () => {
  const site = useServedSite();

  it('moves to a second profile, offline, through a previewed import that keeps what it had', async (test) => {
    const first = await openPage(site.browser, test);
    const one = first.page;
    await one.goto(site.server.url);
    await bookmark(one, postA.title);
    await bookmark(one, postB.title);
    await one.getByRole('button', { name: 'Theme: System' }).click();
    await one.getByRole('button', { name: 'Theme: Light' }).click();
    await one.getByRole('button', { name: 'Theme: Dark' }).waitFor();
    await putRow(one, 'readMarks', { slug: postA.slug, read: true, changedAt: 1_750_000_000_000 });
    await putRow(one, 'readMarks', { slug: postB.slug, read: true, changedAt: 1_750_000_000_000 });
    const position = { slug: postC.slug, anchor: 'block:2', progress: 0.4, updatedAt: 1_750_000_000_000 };
    await putRow(one, 'readingState', position);
    await one.goto(`${site.server.url}bookmarks`);
    const exported = await exportFile(one);
    expect(exported.name).toMatch(FILE_NAME);
    expect(exported.json).toMatchObject({
      format: 'field-notes-reader-data',
      version: 3,
      bookmarkRemovals: [],
      readingPositions: [position],
      settings: [{ key: 'theme', value: 'dark' }],
    });
    await status(one)
      .getByText(/^Exported 2 bookmarks, 2 read posts, 1 reading position and 1 setting to /)
      .waitFor();

    const second = await openPage(site.browser, test, {}, { consoleErrors: [BROWSER_LOGS.offline] });
    const two = second.page;
    await two.goto(site.server.url);
    await waitUntilReadyOffline(two);
    await bookmark(two, postC.title);
    // Newer here than in the file (kept), and older (replaced).
    await putRow(two, 'readMarks', { slug: postA.slug, read: false, changedAt: 1_760_000_000_000 });
    await putRow(two, 'readingState', { ...position, anchor: 'block:1', updatedAt: 1_700_000_000_000 });
    await goOffline(second.context, two);
    await two.goto(`${site.server.url}offline`);
    expect(await two.evaluate(() => navigator.onLine)).toBe(false);

    await chooseFile(two, exported);
    await status(two)
      .getByText(
        `${exported.name} holds 2 bookmarks, 2 read posts, 1 reading position and 1 setting: ` +
          '4 new, 1 newer than yours, 1 already here.',
      )
      .waitFor();
    const preview = tools(two).getByRole('group', { name: `Import ${exported.name}` });
    expect(await preview.getByRole('listitem').allInnerTexts()).toEqual([
      'Bookmarks: 2 (2 new, 0 newer than yours)',
      'Read and unread marks: 2 (1 new, 0 newer than yours)',
      'Reading positions: 1 (0 new, 1 newer than yours)',
      'Reader settings: 1 (1 new, 0 newer than yours)',
    ]);
    expect(await seriousViolations(two)).toEqual([]);
    // Keyboard: the preview's Import button has the focus.
    await expect.poll(() => two.evaluate(() => document.activeElement?.textContent)).toBe('Import');
    await two.keyboard.press('Enter');
    await status(two).getByText('Imported 4 new and 1 newer than yours; 1 already here stayed as it was.').waitFor();

    const imported = await readerState(two);
    expect(imported.bookmarks.map((row) => row.slug)).toEqual([postA.slug, postB.slug, postC.slug].sort());
    expect(imported.readMarks).toEqual(
      [
        { slug: postA.slug, read: false, changedAt: 1_760_000_000_000 },
        { slug: postB.slug, read: true, changedAt: 1_750_000_000_000 },
      ].sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect(imported.readingState).toEqual([position]);
    await expect.poll(() => two.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    // The same file again changes nothing.
    await chooseFile(two, exported);
    await status(two)
      .getByText(/, all already here: importing it changes nothing\.$/)
      .waitFor();
    await tools(two).getByRole('button', { name: 'Import', exact: true }).click();
    await status(two).getByText('Nothing changed: everything in the file was already here.').waitFor();
    expect(await readerState(two)).toEqual(imported);

    // And the merged reading exports from this page too, offline.
    const merged = (await exportFile(two)).json as { bookmarks: unknown[]; readMarks: unknown[] };
    expect([merged.bookmarks.length, merged.readMarks.length]).toEqual([3, 2]);
  });

  it('refuses a bad file with its reason and changes nothing; a version 1 bookmarks file still imports', async (test) => {
    const { page } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await bookmark(page, postA.title);
    await page.goto(`${site.server.url}bookmarks`);
    const good = (await exportFile(page)).json as Record<string, unknown>;
    const before = await readerState(page);
    const bad = [
      ['notes.json', '{ this is not json', /not valid JSON/],
      ['other.json', JSON.stringify({ format: 'some-other-app', version: 2 }), /not a Field Notes reading file/],
      ['future.json', JSON.stringify({ ...good, version: 4 }), /version 4; this site reads versions 2 and 3\./],
      [
        'many.json',
        JSON.stringify({
          ...good,
          bookmarks: Array.from({ length: 10_001 }, (_, i) => ({ slug: `p-${i}`, title: 'P', bookmarkedAt: 1 })),
        }),
        /The file holds 10,001 bookmarks; a reading file can hold at most 10,000, so nothing was imported\.$/,
      ],
      [
        'half.json',
        JSON.stringify({ ...good, readMarks: [{ slug: postB.slug, read: true, changedAt: 1 }, { slug: 'x' }] }),
        /Read mark 2 \("x"\) has no valid "read".*nothing was imported\.$/,
      ],
      ['huge.json', JSON.stringify({ ...good, padding: 'x'.repeat(8 * 1024 * 1024) }), /at most 8\.0 MiB\.$/],
    ] as const;
    for (const [name, text, reason] of bad) {
      await chooseFile(page, { name, text });
      const alert = tools(page).getByRole('alert');
      await expect.poll(() => alert.innerText()).toMatch(reason);
      expect(await alert.innerText()).toContain(name);
      expect(await tools(page).getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
      expect(await readerState(page)).toEqual(before);
    }

    const v1 = {
      format: 'field-notes-bookmarks',
      version: 1,
      exportedAt: '2025-11-12T10:00:00.000Z',
      bookmarks: [{ slug: postB.slug, title: postB.title, bookmarkedAt: 1_700_000_000_000 }],
    };
    await chooseFile(page, { name: 'old-bookmarks.json', text: JSON.stringify(v1) });
    await status(page).getByText('old-bookmarks.json holds 1 bookmark: 1 new.').waitFor();
    await tools(page).getByRole('button', { name: 'Cancel' }).click();
    await status(page).getByText('Import cancelled; nothing was changed.').waitFor();
    expect(await readerState(page)).toEqual(before);
    await chooseFile(page, { name: 'old-bookmarks.json', text: JSON.stringify(v1) });
    await tools(page).getByRole('button', { name: 'Import', exact: true }).click();
    await status(page).getByText('Imported 1 new.').waitFor();
    await expect
      .poll(() => page.locator('main .post-list .post-card h2 a').allInnerTexts())
      .toEqual([postA.title, postB.title]);
  });

  it('never brings back a bookmark removed after the export, and the preview says so', async (test) => {
    const { page } = await openPage(site.browser, test);
    await page.goto(site.server.url);
    await bookmark(page, postA.title);
    await bookmark(page, postB.title);
    await page.goto(`${site.server.url}bookmarks`);
    const exported = await exportFile(page);
    await unbookmark(page, postA.title);
    await expect.poll(() => bookmarkedTitles(page)).toEqual([postB.title]);

    await chooseFile(page, exported);
    await status(page)
      .getByText(
        `${exported.name} holds 2 bookmarks: 1 already here, 1 removed here since. ` +
          '1 bookmark you removed after the file was made stays removed: nothing will be added back.',
      )
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tools(page).getByRole('button', { name: 'Import', exact: true }).click();
    await status(page).getByText('Nothing changed: everything in the file was already here.').waitFor();
    expect(await bookmarkedTitles(page)).toEqual([postB.title]);
    expect((await readStore<{ slug: string }>(page, 'bookmarks')).map((row) => row.slug)).toEqual([postB.slug]);
  });

  it('removes a bookmark that another device removed after it was bookmarked here', async (test) => {
    const { page: here } = await openPage(site.browser, test);
    await here.goto(site.server.url);
    await bookmark(here, postA.title);
    await bookmark(here, postB.title);
    await here.goto(`${site.server.url}bookmarks`);
    const fromHere = await exportFile(here);

    // The other device takes the reading over, then removes B.
    const { page: other } = await openPage(site.browser, test);
    await other.goto(`${site.server.url}bookmarks`);
    await chooseFile(other, fromHere);
    await tools(other).getByRole('button', { name: 'Import', exact: true }).click();
    await status(other).getByText('Imported 2 new.').waitFor();
    await unbookmark(other, postB.title);
    const fromOther = await exportFile(other);

    await chooseFile(here, fromOther);
    await status(here)
      .getByText(
        `${fromOther.name} holds 1 bookmark and 1 removed bookmark: 1 already here. ` +
          '1 bookmark will be removed: it was removed elsewhere after you bookmarked it here.',
      )
      .waitFor();
    const preview = tools(here).getByRole('group', { name: `Import ${fromOther.name}` });
    expect(await preview.getByRole('listitem').allInnerTexts()).toEqual([
      'Bookmarks: 1 (0 new, 0 newer than yours)',
      'Removed bookmarks: 1 (1 to remove here)',
    ]);
    expect(await bookmarkedTitles(here)).toEqual([postB.title, postA.title]);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await status(here).getByText('Removed 1 bookmark; 1 already here stayed as it was.').waitFor();
    await expect.poll(() => bookmarkedTitles(here)).toEqual([postA.title]);
  });

  it('takes a time from the far future as the file’s export time, and says so', async (test) => {
    const { page } = await openPage(site.browser, test);
    await page.goto(`${site.server.url}bookmarks`);
    const exportedAt = '2026-12-01T10:00:00.000Z';
    const file = {
      format: 'field-notes-reader-data',
      version: 3,
      exportedAt,
      bookmarks: [{ slug: postA.slug, title: postA.title, bookmarkedAt: 8_640_000_000_000_000 }],
      bookmarkRemovals: [],
      readMarks: [],
      readingPositions: [],
      settings: [],
    };
    await chooseFile(page, { name: 'forever.json', text: JSON.stringify(file) });
    await status(page)
      .getByText(
        'forever.json holds 1 bookmark: 1 new. ' +
          '1 item was dated after the file was exported, so it counts as made when the file was.',
      )
      .waitFor();
    await tools(page).getByRole('button', { name: 'Import', exact: true }).click();
    await status(page).getByText('Imported 1 new.').waitFor();
    expect(await readStore(page, 'bookmarks')).toEqual([
      { slug: postA.slug, title: postA.title, bookmarkedAt: Date.parse(exportedAt) },
    ]);
  });
});
