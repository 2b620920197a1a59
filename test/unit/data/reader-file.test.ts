import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  CLOCK_SKEW_MS,
  MAX_READER_FILE_BYTES,
  parseReaderFile,
  readerFileName,
  serializeReaderData,
  type ReaderData,
} from '../../../src/app/data/reader-file.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const DATA: ReaderData = {
  bookmarks: [
    { slug: 'kubecon-2017-thoughts', title: 'KubeCon 2017 Thoughts', bookmarkedAt: 1_700_000_000_000 },
    { slug: 'gone', title: 'A post since unpublished', bookmarkedAt: 1_600_000_000_000 },
  ],
  bookmarkRemovals: [
    { slug: 'not-for-me', removedAt: 1_700_000_050_000 },
    { slug: 'seen-it', removedAt: 1_700_000_060_000 },
  ],
  readMarks: [
    { slug: 'kubecon-2017-thoughts', read: true, changedAt: 1_700_000_100_000 },
    { slug: 'service-mesh', read: false, changedAt: 1_700_000_200_000 },
  ],
  readingPositions: [
    { slug: 'service-mesh', anchor: 'block:4', progress: 0.25, updatedAt: 1_700_000_300_000 },
    { slug: 'gitops-day', anchor: 'rollbacks', progress: 1, updatedAt: 1_700_000_350_000 },
  ],
  settings: [
    { key: 'theme', value: 'dark', changedAt: 1_700_000_400_000 },
    { key: 'fontSize', value: 'large', changedAt: 0 },
  ],
};
const EMPTY: ReaderData = { bookmarks: [], bookmarkRemovals: [], readMarks: [], readingPositions: [], settings: [] };

function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...JSON.parse(serializeReaderData(DATA, NOW)), ...overrides });
}

function bookmarksFile(overrides: Record<string, unknown> = {}): string {
  const base = { format: 'field-notes-bookmarks', version: 1, exportedAt: NOW.toISOString() };
  return JSON.stringify({ ...base, bookmarks: DATA.bookmarks, ...overrides });
}

function errorOf(text: string): string {
  const result = parseReaderFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('serializeReaderData', () => {
  it('writes the named, versioned format with only the known fields of each row', () => {
    const extra: ReaderData = {
      ...DATA,
      bookmarks: DATA.bookmarks.map((row) => ({ ...row, internal: true })),
      readingPositions: DATA.readingPositions.map((row) => ({ ...row, scrollY: 1200 })),
    };
    expect(JSON.parse(serializeReaderData(extra, NOW))).toEqual({
      format: 'field-notes-reader-data',
      version: 3,
      exportedAt: '2026-12-03T10:00:00.000Z',
      ...DATA,
    });
  });

  it('reads back what it wrote', () => {
    expect(parseReaderFile(serializeReaderData(DATA, NOW))).toEqual({ ok: true, data: DATA, clamped: 0 });
    expect(parseReaderFile(serializeReaderData(EMPTY, NOW))).toEqual({ ok: true, data: EMPTY, clamped: 0 });
  });

  it('names the file for the reading and the date', () => {
    expect(readerFileName(NOW)).toBe('field-notes-reading-2026-12-03.json');
  });
});

describe('parseReaderFile, version 1 bookmark files', () => {
  it('reads one as bookmarks alone', () => {
    expect(parseReaderFile(bookmarksFile())).toEqual({
      ok: true,
      data: { ...EMPTY, bookmarks: DATA.bookmarks },
      clamped: 0,
    });
  });

  it('ignores what a version 1 file never held', () => {
    expect(parseReaderFile(bookmarksFile({ readMarks: 'anything' }))).toMatchObject({ ok: true });
  });

  it('refuses another version of the bookmarks format, and a bad bookmark in it', () => {
    expect(errorOf(bookmarksFile({ version: 2 }))).toBe('This bookmarks file is version 2; this site reads version 1.');
    expect(errorOf(bookmarksFile({ bookmarks: [{ slug: 'a' }] }))).toMatch(/^Bookmark 1 \("a"\) has no valid "title"/);
  });
});

describe('parseReaderFile, version 2 files (before removals were kept)', () => {
  it('reads every list but the removals, which it never held', () => {
    const { bookmarkRemovals: _none, ...v2 } = JSON.parse(file({ version: 2 })) as Record<string, unknown>;
    expect(parseReaderFile(JSON.stringify(v2))).toEqual({
      ok: true,
      data: { ...DATA, bookmarkRemovals: [] },
      clamped: 0,
    });
  });
});

describe('parseReaderFile, entry caps', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ slug: `post-${i}`, title: `Post ${i}`, bookmarkedAt: 1_000 + i }));

  it('reads 10,000 bookmarks, and refuses 10,001 whole, saying the count and the cap', () => {
    expect(parseReaderFile(file({ bookmarks: many(10_000) }))).toMatchObject({ ok: true });
    expect(errorOf(file({ bookmarks: many(10_001) }))).toBe(
      'The file holds 10,001 bookmarks; a reading file can hold at most 10,000, so nothing was imported.',
    );
  });

  it('caps every list, under the byte limit too', () => {
    const text = file({
      bookmarks: many(100_000).map(({ slug, bookmarkedAt }) => ({ slug, title: 'x', bookmarkedAt })),
    });
    expect(text.length).toBeLessThan(MAX_READER_FILE_BYTES);
    expect(errorOf(text)).toMatch(/^The file holds 100,000 bookmarks; .* at most 10,000/);
    const marks = Array.from({ length: 50_001 }, (_, i) => ({ slug: `p-${i}`, read: true, changedAt: 1 }));
    expect(errorOf(file({ readMarks: marks }))).toMatch(/^The file holds 50,001 read marks; .* at most 50,000/);
    const removals = many(10_001).map(({ slug }) => ({ slug, removedAt: 1 }));
    expect(errorOf(file({ bookmarkRemovals: removals }))).toMatch(/^The file holds 10,001 removed bookmarks/);
    const settings = Array.from({ length: 101 }, () => ({ key: 'theme', value: 'dark', changedAt: 1 }));
    expect(errorOf(file({ settings }))).toMatch(/^The file holds 101 settings; .* at most 100/);
  });
});

describe('parseReaderFile, times after the file was exported', () => {
  const exported = NOW.getTime();
  const later = (ms: number) => ({ slug: 'a', title: 'A', bookmarkedAt: exported + ms });

  it('clamps a time from the far future to the export time, and counts it', () => {
    const parsed = parseReaderFile(
      file({
        bookmarks: [{ slug: 'a', title: 'A', bookmarkedAt: 8_640_000_000_000_000 }],
        readMarks: [{ slug: 'b', read: true, changedAt: 8_640_000_000_000_000 }],
      }),
      exported + 60_000,
    );
    expect(parsed).toMatchObject({
      ok: true,
      clamped: 2,
      data: {
        bookmarks: [{ slug: 'a', bookmarkedAt: exported }],
        readMarks: [{ slug: 'b', changedAt: exported }],
      },
    });
  });

  it('keeps a time within a day of the export as it is (another device’s clock, a little ahead)', () => {
    const parsed = parseReaderFile(file({ bookmarks: [later(CLOCK_SKEW_MS)] }), exported);
    expect(parsed).toMatchObject({ ok: true, clamped: 0, data: { bookmarks: [later(CLOCK_SKEW_MS)] } });
    expect(parseReaderFile(file({ bookmarks: [later(CLOCK_SKEW_MS + 1)] }), exported)).toMatchObject({ clamped: 1 });
  });

  it('bounds by the importing device’s clock when the file claims an export in the future, or none', () => {
    const now = exported - 7 * CLOCK_SKEW_MS;
    for (const exportedAt of ['+275760-09-13T00:00:00.000Z', undefined, 'yesterday']) {
      expect(parseReaderFile(file({ exportedAt, bookmarks: [later(0)] }), now)).toMatchObject({
        ok: true,
        clamped: 1,
        data: { bookmarks: [{ slug: 'a', bookmarkedAt: now }] },
      });
    }
  });

  it('still refuses times before 1970 and times that are not numbers', () => {
    expect(errorOf(file({ bookmarks: [{ slug: 'a', title: 'A', bookmarkedAt: -1 }] }))).toMatch(/"bookmarkedAt"/);
    expect(errorOf(file({ bookmarks: [{ slug: 'a', title: 'A', bookmarkedAt: null }] }))).toMatch(/"bookmarkedAt"/);
  });
});

describe('parseReaderFile, refusals', () => {
  it('refuses malformed JSON', () => {
    expect(errorOf('{"format": "field-notes-reader-data", ')).toMatch(/not valid JSON/);
    expect(errorOf('')).toMatch(/not valid JSON/);
  });

  it('refuses a file of another format, or no format', () => {
    const message = 'This is not a Field Notes reading file (expected "format": "field-notes-reader-data").';
    expect(errorOf(file({ format: 'other-app' }))).toBe(message);
    expect(errorOf(JSON.stringify([DATA]))).toBe(message);
    expect(errorOf('null')).toBe(message);
    expect(errorOf(JSON.stringify(DATA))).toBe(message);
  });

  it('refuses an unknown version, saying which', () => {
    expect(errorOf(file({ version: 4 }))).toBe('This reading file is version 4; this site reads versions 2 and 3.');
    expect(errorOf(file({ version: 1 }))).toMatch(/version 1; this site reads versions 2 and 3/);
    expect(errorOf(file({ version: '3' }))).toMatch(/version "3"/);
    expect(errorOf(file({ version: undefined }))).toMatch(/version undefined/);
  });

  it.each(['bookmarks', 'bookmarkRemovals', 'readMarks', 'readingPositions', 'settings'])(
    'refuses a file without its "%s" list',
    (list) => {
      expect(errorOf(file({ [list]: undefined }))).toBe(`The file has no "${list}" list.`);
      expect(errorOf(file({ [list]: {} }))).toBe(`The file has no "${list}" list.`);
    },
  );

  it.each([
    ['bookmarks', 'a bookmark that is not an object', 'a', /^Bookmark 3 is not an object/],
    ['bookmarks', 'a slug with a path in it', { slug: '../x', title: 'A', bookmarkedAt: 1 }, /has no valid "slug"/],
    ['bookmarks', 'an empty title', { slug: 'a', title: ' ', bookmarkedAt: 1 }, /\("a"\) has no valid "title"/],
    ['bookmarks', 'a fractional time', { slug: 'a', title: 'A', bookmarkedAt: 1.5 }, /"bookmarkedAt"/],
    ['bookmarkRemovals', 'a removal without a time', { slug: 'a' }, /^Removed bookmark 3 .*"removedAt"/],
    ['readMarks', 'a read mark without "read"', { slug: 'a', changedAt: 1 }, /^Read mark 3 .*"read" \(true or false\)/],
    ['readMarks', 'a read mark with a string time', { slug: 'a', read: true, changedAt: '2026' }, /"changedAt"/],
    [
      'readingPositions',
      'a position past the end',
      { slug: 'a', anchor: 'x', progress: 1.5, updatedAt: 1 },
      /"progress"/,
    ],
    ['readingPositions', 'a position with no anchor', { slug: 'a', anchor: '', progress: 0, updatedAt: 1 }, /"anchor"/],
    ['readingPositions', 'a negative time', { slug: 'a', anchor: 'x', progress: 0, updatedAt: -1 }, /"updatedAt"/],
    [
      'settings',
      'a setting this site does not know',
      { key: 'sound', value: 'on', changedAt: 1 },
      /^Setting 3 .*"key"/,
    ],
    ['settings', 'a value that is not a choice', { key: 'theme', value: 'sepia', changedAt: 1 }, /system, light, dark/],
    ['settings', 'a setting without a time', { key: 'font', value: 'sans' }, /\("font"\) has no valid "changedAt"/],
  ])('refuses the whole file for one entry of %s with %s', (list, _, entry, message) => {
    // Two good entries before it, so the sentence must name the third.
    const error = errorOf(file({ [list]: [...DATA[list as keyof ReaderData], entry] }));
    expect(error).toMatch(message);
    expect(error).toMatch(/^[A-Z][a-z ]+ 3 /);
    expect(error).toMatch(/; nothing was imported\.$/);
  });

  it('refuses an oversized file, naming its size and the limit', () => {
    expect(errorOf(file({ padding: 'x'.repeat(MAX_READER_FILE_BYTES) }))).toMatch(
      /^The file is 8\.0 MiB; a reading file can be at most 8\.0 MiB\.$/,
    );
    expect(checkFileSize(MAX_READER_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize(9 * 1024 * 1024)).toBe('The file is 9.0 MiB; a reading file can be at most 8.0 MiB.');
  });
});

describe('parseReaderFile, items listed twice', () => {
  it('keeps the newest entry of each, as an import would', () => {
    const twice = {
      bookmarks: [
        { slug: 'a', title: 'A', bookmarkedAt: 100 },
        { slug: 'a', title: 'A later', bookmarkedAt: 300 },
        { slug: 'a', title: 'A between', bookmarkedAt: 200 },
      ],
      settings: [
        { key: 'theme', value: 'light', changedAt: 5 },
        { key: 'theme', value: 'dark', changedAt: 5 },
      ],
    };
    expect(parseReaderFile(file(twice))).toMatchObject({
      ok: true,
      data: {
        bookmarks: [{ slug: 'a', title: 'A later', bookmarkedAt: 300 }],
        settings: [{ key: 'theme', value: 'light', changedAt: 5 }],
      },
    });
  });

  it('keeps the newer of a bookmark and a removal of the same post (a tie keeps the bookmark)', () => {
    const both = {
      bookmarks: [
        { slug: 'a', title: 'A', bookmarkedAt: 100 },
        { slug: 'b', title: 'B', bookmarkedAt: 300 },
        { slug: 'c', title: 'C', bookmarkedAt: 500 },
      ],
      bookmarkRemovals: [
        { slug: 'a', removedAt: 200 },
        { slug: 'b', removedAt: 200 },
        { slug: 'c', removedAt: 500 },
      ],
    };
    expect(parseReaderFile(file(both))).toMatchObject({
      ok: true,
      data: {
        bookmarks: [
          { slug: 'b', bookmarkedAt: 300 },
          { slug: 'c', bookmarkedAt: 500 },
        ],
        bookmarkRemovals: [{ slug: 'a', removedAt: 200 }],
      },
    });
  });
});
