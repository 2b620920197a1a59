import { describe, expect, it } from 'vitest';
import type { ReaderData } from '../../../src/app/data/reader-file.ts';
import { mergeByTime, mergeReaderData, type ReaderMerge } from '../../../src/app/data/reader-merge.ts';
import {
  describeContents,
  describeKinds,
  describePreview,
  describeResult,
} from '../../../src/app/data/reader-summary.ts';

const DATA: ReaderData = {
  bookmarks: [
    { slug: 'a', title: 'A', bookmarkedAt: 1 },
    { slug: 'b', title: 'B', bookmarkedAt: 1 },
  ],
  bookmarkRemovals: [],
  readMarks: [
    { slug: 'a', read: true, changedAt: 1 },
    { slug: 'b', read: true, changedAt: 1 },
    { slug: 'c', read: false, changedAt: 1 },
  ],
  readingPositions: [{ slug: 'a', anchor: 'block:1', progress: 0.5, updatedAt: 1 }],
  settings: [{ key: 'theme', value: 'dark', changedAt: 1 }],
};

/** A merge where the device holds the first `held` rows of each kind, at an older time. */
function mergeHolding(data: ReaderData, held: number): ReaderMerge {
  const older = <T>(rows: T[]) => rows.map((row, i) => (i < held ? { ...row, older: true } : undefined));
  const time = (row: object) => ('older' in row ? 0 : 1);
  return {
    bookmarks: { ...mergeByTime(data.bookmarks, older(data.bookmarks), time), stayRemoved: 0, restored: 0 },
    bookmarkRemovals: { ...mergeByTime(data.bookmarkRemovals, [], time), removes: [] },
    readMarks: mergeByTime(data.readMarks, older(data.readMarks), time),
    readingPositions: mergeByTime(data.readingPositions, older(data.readingPositions), time),
    settings: mergeByTime(data.settings, older(data.settings), time),
  };
}

const NONE: ReaderData = { bookmarks: [], bookmarkRemovals: [], readMarks: [], readingPositions: [], settings: [] };

describe('describeContents', () => {
  it('counts each kind, read and unread marks apart, and leaves out what the file lacks', () => {
    expect(describeContents(DATA)).toBe(
      '2 bookmarks, 2 read posts, 1 post marked unread, 1 reading position and 1 setting',
    );
    expect(describeContents({ ...DATA, readMarks: [], settings: [] })).toBe('2 bookmarks and 1 reading position');
    expect(describeContents(NONE)).toBe('nothing');
    expect(describeContents({ ...NONE, bookmarkRemovals: [{ slug: 'a', removedAt: 1 }] })).toBe('1 removed bookmark');
  });
});

describe('describePreview', () => {
  it('says how many items are new and how many newer than the device’s', () => {
    expect(describePreview('mine.json', DATA, mergeHolding(DATA, 1))).toBe(
      'mine.json holds 2 bookmarks, 2 read posts, 1 post marked unread, 1 reading position and 1 setting: 3 new, 4 newer than yours.',
    );
  });

  it('says when importing changes nothing, and when the file is empty', () => {
    const same = mergeHolding(DATA, 0);
    for (const kind of Object.values(same)) Object.assign(kind, { writes: [], added: 0, kept: kind.inFile });
    expect(describePreview('a.json', DATA, same)).toMatch(/, all already here: importing it changes nothing\.$/);
    const empty: ReaderData = NONE;
    expect(describePreview('e.json', empty, mergeHolding(empty, 0))).toBe(
      'e.json holds nothing: there is nothing to import.',
    );
  });
});

describe('describeResult and describeKinds', () => {
  it('say what an import did, kind by kind', () => {
    const merge = mergeHolding(DATA, 1);
    expect(describeResult(merge)).toBe('Imported 3 new and 4 newer than yours.');
    const kept = { ...merge, settings: { ...merge.settings, writes: [], newer: 0, kept: 1 } };
    expect(describeResult(kept)).toBe('Imported 3 new and 3 newer than yours; 1 already here stayed as it was.');
    const onlyNew = mergeHolding({ ...DATA, readingPositions: [], settings: [] }, 0);
    expect(describeResult(onlyNew)).toBe('Imported 5 new.');
    expect(describePreview('n.json', DATA, mergeHolding(DATA, 0))).toMatch(/: 7 new\.$/);
    expect(describeKinds(merge)).toEqual([
      'Bookmarks: 2 (1 new, 1 newer than yours)',
      'Read and unread marks: 3 (2 new, 1 newer than yours)',
      'Reading positions: 1 (0 new, 1 newer than yours)',
      'Reader settings: 1 (0 new, 1 newer than yours)',
    ]);
  });
});

describe('removed bookmarks, before and after an import', () => {
  const a = { slug: 'a', title: 'A', bookmarkedAt: 100 };
  const b = { slug: 'b', title: 'B', bookmarkedAt: 100 };
  const mark = { slug: 'a', read: true, changedAt: 100 };

  it('says a bookmark removed here after the file was made stays removed, and nothing is added back', () => {
    const file: ReaderData = { ...NONE, bookmarks: [a, b] };
    const merge = mergeReaderData(file, {
      ...NONE,
      bookmarks: [{ removal: { slug: 'a', removedAt: 200 } }, { bookmark: b }],
      bookmarkRemovals: [],
    });
    expect(describePreview('r.json', file, merge)).toBe(
      'r.json holds 2 bookmarks: 1 already here, 1 removed here since. ' +
        '1 bookmark you removed after the file was made stays removed: nothing will be added back.',
    );
    expect(describeKinds(merge)).toEqual(['Bookmarks: 2 (0 new, 0 newer than yours, 1 removed here since)']);
    expect(describeResult(merge)).toBe('Nothing changed: everything in the file was already here.');
  });

  it('says which bookmarks the file removes, and then that they were removed', () => {
    const file: ReaderData = { ...NONE, bookmarks: [a], bookmarkRemovals: [{ slug: 'b', removedAt: 200 }] };
    const merge = mergeReaderData(file, { ...NONE, bookmarks: [{ bookmark: a }], bookmarkRemovals: [{ bookmark: b }] });
    expect(describePreview('o.json', file, merge)).toBe(
      'o.json holds 1 bookmark and 1 removed bookmark: 1 already here. ' +
        '1 bookmark will be removed: it was removed elsewhere after you bookmarked it here.',
    );
    expect(describeKinds(merge)).toEqual([
      'Bookmarks: 1 (0 new, 0 newer than yours)',
      'Removed bookmarks: 1 (1 to remove here)',
    ]);
    expect(describeResult(merge)).toBe('Removed 1 bookmark; 1 already here stayed as it was.');
    const onlyRemovals: ReaderData = { ...NONE, bookmarkRemovals: file.bookmarkRemovals, readMarks: [mark] };
    const alone = mergeReaderData(onlyRemovals, {
      ...NONE,
      bookmarks: [],
      bookmarkRemovals: [{}],
      readMarks: [undefined],
    });
    expect(describeKinds(alone)).toEqual([
      'Removed bookmarks: 1 (0 to remove here)',
      'Read and unread marks: 1 (1 new, 0 newer than yours)',
    ]);
  });

  it('says a bookmark made again elsewhere after its removal here comes back', () => {
    const file: ReaderData = { ...NONE, bookmarks: [{ ...a, bookmarkedAt: 300 }] };
    const merge = mergeReaderData(file, {
      ...NONE,
      bookmarks: [{ removal: { slug: 'a', removedAt: 200 } }],
      bookmarkRemovals: [],
    });
    expect(describePreview('g.json', file, merge)).toBe(
      'g.json holds 1 bookmark: 1 new. 1 bookmark you removed will be added back: it was bookmarked again elsewhere since.',
    );
  });

  it('says how many times were after the file’s export', () => {
    const file: ReaderData = { ...NONE, bookmarks: [a] };
    expect(
      describePreview('f.json', file, mergeReaderData(file, { ...NONE, bookmarks: [{}], bookmarkRemovals: [] }), 1),
    ).toBe(
      'f.json holds 1 bookmark: 1 new. 1 item was dated after the file was exported, so it counts as made when the file was.',
    );
  });
});
