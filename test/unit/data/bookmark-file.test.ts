import { describe, expect, it } from 'vitest';
import {
  BOOKMARK_FILE_FORMAT,
  checkFileSize,
  exportFileName,
  MAX_BOOKMARK_FILE_BYTES,
  parseBookmarkFile,
  serializeBookmarks,
} from '../../../src/app/data/bookmark-file.ts';

const NOW = new Date('2025-11-12T10:00:00.000Z');
const BOOKMARKS = [
  { slug: 'kubecon-2017-thoughts', title: 'KubeCon 2017 Thoughts', bookmarkedAt: 1_700_000_000_000 },
  { slug: 'gone', title: 'A post since unpublished', bookmarkedAt: 1_600_000_000_000 },
];

function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BOOKMARK_FILE_FORMAT,
    version: 1,
    exportedAt: NOW.toISOString(),
    bookmarks: BOOKMARKS,
    ...overrides,
  });
}

function errorOf(text: string): string {
  const result = parseBookmarkFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('serializeBookmarks', () => {
  it('writes the named, versioned format with only the bookmark fields', () => {
    const extra = BOOKMARKS.map((bookmark) => ({ ...bookmark, internal: true }));
    expect(JSON.parse(serializeBookmarks(extra, NOW))).toEqual({
      format: 'field-notes-bookmarks',
      version: 1,
      exportedAt: '2025-11-12T10:00:00.000Z',
      bookmarks: BOOKMARKS,
    });
  });

  it('reads back what it wrote', () => {
    expect(parseBookmarkFile(serializeBookmarks(BOOKMARKS, NOW))).toEqual({ ok: true, bookmarks: BOOKMARKS });
  });

  it('names the file by format and date', () => {
    expect(exportFileName(NOW)).toBe('field-notes-bookmarks-2025-11-12.json');
  });
});

describe('parseBookmarkFile', () => {
  it('accepts a good file', () => {
    expect(parseBookmarkFile(file())).toEqual({ ok: true, bookmarks: BOOKMARKS });
  });

  it('accepts an empty list', () => {
    expect(parseBookmarkFile(file({ bookmarks: [] }))).toEqual({ ok: true, bookmarks: [] });
  });

  it('keeps the earliest time of a slug listed twice', () => {
    const twice = [
      { slug: 'a', title: 'A', bookmarkedAt: 300 },
      { slug: 'a', title: 'A again', bookmarkedAt: 100 },
      { slug: 'a', title: 'A later', bookmarkedAt: 200 },
    ];
    expect(parseBookmarkFile(file({ bookmarks: twice }))).toEqual({
      ok: true,
      bookmarks: [{ slug: 'a', title: 'A again', bookmarkedAt: 100 }],
    });
  });

  it('refuses malformed JSON', () => {
    expect(errorOf('{"format": "field-notes-bookmarks", ')).toMatch(/not valid JSON/);
    expect(errorOf('')).toMatch(/not valid JSON/);
  });

  it('refuses a file of another format, or no format', () => {
    expect(errorOf(file({ format: 'other-app-bookmarks' }))).toMatch(/not a Field Notes bookmarks file/);
    expect(errorOf(JSON.stringify([BOOKMARKS]))).toMatch(/not a Field Notes bookmarks file/);
    expect(errorOf('null')).toMatch(/not a Field Notes bookmarks file/);
    expect(errorOf(JSON.stringify({ bookmarks: BOOKMARKS }))).toMatch(/not a Field Notes bookmarks file/);
  });

  it('refuses another version, saying which', () => {
    expect(errorOf(file({ version: 2 }))).toBe('This bookmarks file is version 2; this site reads version 1.');
    expect(errorOf(file({ version: '1' }))).toMatch(/version "1"/);
    expect(errorOf(file({ version: undefined }))).toMatch(/version undefined/);
  });

  it('refuses a file without a bookmarks list', () => {
    expect(errorOf(file({ bookmarks: { slug: 'a' } }))).toMatch(/no "bookmarks" list/);
  });

  it.each([
    ['not an object', ['a'], /is not an object/],
    ['a missing slug', [{ title: 'A', bookmarkedAt: 1 }], /has no valid "slug"/],
    ['a slug with a path in it', [{ slug: '../x', title: 'A', bookmarkedAt: 1 }], /has no valid "slug"/],
    ['a number title', [{ slug: 'a', title: 5, bookmarkedAt: 1 }], /\("a"\) has no valid "title"/],
    ['an empty title', [{ slug: 'a', title: '  ', bookmarkedAt: 1 }], /has no valid "title"/],
    ['a string time', [{ slug: 'a', title: 'A', bookmarkedAt: '2025-01-01' }], /has no valid "bookmarkedAt"/],
    ['a negative time', [{ slug: 'a', title: 'A', bookmarkedAt: -1 }], /has no valid "bookmarkedAt"/],
    ['a fractional time', [{ slug: 'a', title: 'A', bookmarkedAt: 1.5 }], /has no valid "bookmarkedAt"/],
  ])('refuses the whole file for one entry with %s', (_, entries, message) => {
    const bookmarks = [...BOOKMARKS, ...(entries as unknown[])];
    const error = errorOf(file({ bookmarks }));
    expect(error).toMatch(message);
    expect(error).toMatch(/^Bookmark 3 /);
    expect(error).toMatch(/nothing was imported/);
  });

  it('refuses an oversized file', () => {
    const padding = 'x'.repeat(MAX_BOOKMARK_FILE_BYTES);
    expect(errorOf(file({ padding }))).toMatch(/a bookmarks file can be at most 1\.0 MiB/);
  });
});

describe('checkFileSize', () => {
  it('lets a file up to 1 MiB through and names the size of a larger one', () => {
    expect(checkFileSize(MAX_BOOKMARK_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize(3 * 1024 * 1024)).toBe('The file is 3.0 MiB; a bookmarks file can be at most 1.0 MiB.');
  });
});
