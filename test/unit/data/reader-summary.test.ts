import { describe, expect, it } from 'vitest';
import type { ReaderData } from '../../../src/app/data/reader-file.ts';
import { mergeByTime, type ReaderMerge } from '../../../src/app/data/reader-merge.ts';
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
    bookmarks: mergeByTime(data.bookmarks, older(data.bookmarks), time),
    readMarks: mergeByTime(data.readMarks, older(data.readMarks), time),
    readingPositions: mergeByTime(data.readingPositions, older(data.readingPositions), time),
    settings: mergeByTime(data.settings, older(data.settings), time),
  };
}

describe('describeContents', () => {
  it('counts each kind, read and unread marks apart, and leaves out what the file lacks', () => {
    expect(describeContents(DATA)).toBe(
      '2 bookmarks, 2 read posts, 1 post marked unread, 1 reading position and 1 setting',
    );
    expect(describeContents({ ...DATA, readMarks: [], settings: [] })).toBe('2 bookmarks and 1 reading position');
    expect(describeContents({ bookmarks: [], readMarks: [], readingPositions: [], settings: [] })).toBe('nothing');
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
    const empty: ReaderData = { bookmarks: [], readMarks: [], readingPositions: [], settings: [] };
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
