import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
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
const EMPTY: ReaderData = { bookmarks: [], readMarks: [], readingPositions: [], settings: [] };

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
      version: 2,
      exportedAt: '2026-12-03T10:00:00.000Z',
      ...DATA,
    });
  });

  it('reads back what it wrote', () => {
    expect(parseReaderFile(serializeReaderData(DATA, NOW))).toEqual({ ok: true, data: DATA });
    expect(parseReaderFile(serializeReaderData(EMPTY, NOW))).toEqual({ ok: true, data: EMPTY });
  });

  it('names the file for the reading and the date', () => {
    expect(readerFileName(NOW)).toBe('field-notes-reading-2026-12-03.json');
  });
});

describe('parseReaderFile, version 1 bookmark files', () => {
  it('reads one as bookmarks alone', () => {
    expect(parseReaderFile(bookmarksFile())).toEqual({ ok: true, data: { ...EMPTY, bookmarks: DATA.bookmarks } });
  });

  it('ignores what a version 1 file never held', () => {
    expect(parseReaderFile(bookmarksFile({ readMarks: 'anything' }))).toMatchObject({ ok: true });
  });

  it('refuses another version of the bookmarks format, and a bad bookmark in it', () => {
    expect(errorOf(bookmarksFile({ version: 2 }))).toBe('This bookmarks file is version 2; this site reads version 1.');
    expect(errorOf(bookmarksFile({ bookmarks: [{ slug: 'a' }] }))).toMatch(/^Bookmark 1 \("a"\) has no valid "title"/);
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
    expect(errorOf(file({ version: 3 }))).toBe('This reading file is version 3; this site reads version 2.');
    expect(errorOf(file({ version: 1 }))).toMatch(/version 1; this site reads version 2/);
    expect(errorOf(file({ version: '2' }))).toMatch(/version "2"/);
    expect(errorOf(file({ version: undefined }))).toMatch(/version undefined/);
  });

  it.each(['bookmarks', 'readMarks', 'readingPositions', 'settings'])(
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
});
