import { describe, expect, it } from 'vitest';
import type { Bookmark, BookmarkRemoval, ReadMark } from '../../../src/app/data/db.ts';
import type { ReaderData } from '../../../src/app/data/reader-file.ts';
import {
  changesAnything,
  matchSettings,
  mergeBookmarks,
  mergeByTime,
  mergeReaderData,
  mergeRemovals,
  type StoredMatches,
} from '../../../src/app/data/reader-merge.ts';
import type { TimedSetting } from '../../../src/app/settings/setting-times.ts';

const mark = (slug: string, read: boolean, changedAt: number): ReadMark => ({ slug, read, changedAt });
const bookmark = (slug: string, bookmarkedAt: number, title = `Title of ${slug}`): Bookmark => ({
  slug,
  title,
  bookmarkedAt,
});
const byChange = (row: ReadMark) => row.changedAt;
const removal = (slug: string, removedAt: number): BookmarkRemoval => ({ slug, removedAt });
const NONE = { bookmarks: [], bookmarkRemovals: [], readMarks: [], readingPositions: [], settings: [] };

/** Applies a merge's writes to `device`, as the import's bulkPut does. */
function applied<T extends { slug: string }>(device: T[], writes: T[]): T[] {
  const rows = new Map(device.map((row) => [row.slug, row]));
  for (const row of writes) rows.set(row.slug, row);
  return [...rows.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

describe('mergeByTime', () => {
  it('adds what the device lacks and takes what is newer in the file', () => {
    const merge = mergeByTime([mark('a', true, 10), mark('b', false, 20)], [undefined, mark('b', true, 5)], byChange);
    expect(merge).toEqual({
      writes: [mark('a', true, 10), mark('b', false, 20)],
      inFile: 2,
      added: 1,
      newer: 1,
      kept: 0,
    });
  });

  it('ignores what is older in the file', () => {
    const merge = mergeByTime([mark('a', false, 5)], [mark('a', true, 10)], byChange);
    expect(merge).toMatchObject({ writes: [], added: 0, newer: 0, kept: 1 });
  });

  it('keeps the device’s own on an equal time, whatever the file says', () => {
    const merge = mergeByTime([mark('a', false, 10)], [mark('a', true, 10)], byChange);
    expect(merge).toMatchObject({ writes: [], kept: 1 });
  });

  it('is empty for an empty file', () => {
    expect(mergeByTime([], [], byChange)).toEqual({ writes: [], inFile: 0, added: 0, newer: 0, kept: 0 });
  });
});

describe('mergeBookmarks and mergeRemovals: a removal is an item with its time', () => {
  it('keeps removed a bookmark the device removed after the file’s time (an older file brings nothing back)', () => {
    const merge = mergeBookmarks([bookmark('a', 100), bookmark('b', 100)], [{ removal: removal('a', 150) }, {}]);
    expect(merge).toMatchObject({ writes: [bookmark('b', 100)], added: 1, stayRemoved: 1, restored: 0 });
  });

  it('brings back a bookmark made again after the device’s removal, on either device', () => {
    const merge = mergeBookmarks([bookmark('a', 200)], [{ removal: removal('a', 150) }]);
    expect(merge).toMatchObject({ writes: [bookmark('a', 200)], added: 1, stayRemoved: 0, restored: 1 });
    const back = mergeRemovals([removal('a', 150)], [{ bookmark: bookmark('a', 200) }]);
    expect(back).toMatchObject({ writes: [], removes: [], kept: 1 });
  });

  it('removes the device’s bookmark when the file removed it later, and records every newer removal', () => {
    const merge = mergeRemovals(
      [removal('a', 150), removal('b', 150), removal('c', 150), removal('d', 150)],
      [{ bookmark: bookmark('a', 100) }, {}, { removal: removal('c', 120) }, { removal: removal('d', 170) }],
    );
    expect(merge).toEqual({
      writes: [removal('a', 150), removal('b', 150), removal('c', 150)],
      removes: ['a'],
      inFile: 4,
      added: 2,
      newer: 1,
      kept: 1,
    });
  });

  it('keeps the device’s own on an equal time', () => {
    expect(mergeRemovals([removal('a', 100)], [{ bookmark: bookmark('a', 100) }])).toMatchObject({ removes: [] });
    expect(mergeBookmarks([bookmark('a', 100)], [{ removal: removal('a', 100) }])).toMatchObject({ writes: [] });
  });
});

describe('mergeReaderData', () => {
  const device = { bookmarks: [bookmark('mine', 50), bookmark('both', 100, 'Old title')] };
  const file: ReaderData = {
    bookmarks: [bookmark('both', 200, 'New title'), bookmark('theirs', 10)],
    bookmarkRemovals: [],
    readMarks: [mark('a', true, 1)],
    readingPositions: [{ slug: 'a', anchor: 'block:2', progress: 0.4, updatedAt: 7 }],
    settings: [{ key: 'theme', value: 'dark', changedAt: 3 }],
  };
  const stored = (rows: Bookmark[]): StoredMatches => ({
    bookmarks: file.bookmarks.map((row) => ({ bookmark: rows.find((own) => own.slug === row.slug) })),
    bookmarkRemovals: [],
    readMarks: [undefined],
    readingPositions: [undefined],
    settings: [undefined],
  });

  it('merges every kind by its own time, and a newer bookmark brings its title', () => {
    const merge = mergeReaderData(file, stored(device.bookmarks));
    expect(merge.bookmarks).toMatchObject({ added: 1, newer: 1, kept: 0 });
    expect(applied(device.bookmarks, merge.bookmarks.writes)).toEqual([
      bookmark('both', 200, 'New title'),
      bookmark('mine', 50),
      bookmark('theirs', 10),
    ]);
    expect(merge.readMarks.writes).toEqual(file.readMarks);
    expect(merge.readingPositions.writes).toEqual(file.readingPositions);
    expect(merge.settings.writes).toEqual(file.settings);
    expect(changesAnything(merge)).toBe(true);
  });

  it('never deletes: an item on the device that the file lacks is not touched', () => {
    const merge = mergeReaderData({ ...file, bookmarks: [] }, { ...stored([]), bookmarks: [] });
    expect(applied(device.bookmarks, merge.bookmarks.writes)).toEqual([...device.bookmarks].reverse());
  });

  it('is idempotent: merging the same file into its own result writes nothing', () => {
    const first = mergeReaderData(file, stored(device.bookmarks));
    const after = applied(device.bookmarks, first.bookmarks.writes);
    const second = mergeReaderData(file, {
      bookmarks: stored(after).bookmarks,
      bookmarkRemovals: [],
      readMarks: file.readMarks,
      readingPositions: file.readingPositions,
      settings: file.settings,
    });
    expect(changesAnything(second)).toBe(false);
    expect(second.bookmarks).toMatchObject({ inFile: 2, kept: 2 });
  });

  it('reads a version 1 file’s bookmarks alone, and changes nothing else', () => {
    const v1: ReaderData = { ...NONE, bookmarks: [bookmark('theirs', 10)] };
    const merge = mergeReaderData(v1, { ...NONE, bookmarks: [{}] });
    expect(merge.bookmarks.writes).toEqual(v1.bookmarks);
    expect([merge.readMarks, merge.readingPositions, merge.settings].map((kind) => kind.writes)).toEqual([[], [], []]);
  });
});

describe('matchSettings', () => {
  it('pairs each of the file’s settings with the device’s of the same key', () => {
    const mine: TimedSetting[] = [
      { key: 'font', value: 'sans', changedAt: 1 },
      { key: 'theme', value: 'light', changedAt: 9 },
    ];
    const incoming: TimedSetting[] = [
      { key: 'theme', value: 'dark', changedAt: 5 },
      { key: 'width', value: 'wide', changedAt: 5 },
    ];
    expect(matchSettings(incoming, mine)).toEqual([mine[1], undefined]);
    expect(
      mergeReaderData({ ...NONE, settings: incoming }, { ...NONE, settings: matchSettings(incoming, mine) }).settings,
    ).toMatchObject({ writes: [incoming[1]], added: 1, kept: 1 });
  });
});
