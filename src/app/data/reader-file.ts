// The reading file: a reader's bookmarks (and those removed), read marks, reading positions and settings as one JSON
// file, for another device. Version 1 files (bookmarks only) and 2 (no removals) still import.
import type { TimedSetting } from '../settings/setting-times.ts';
import type { Bookmark, BookmarkRemoval, ReadingState, ReadMark } from './db.ts';
import {
  BOOKMARK_ENTRY,
  BOOKMARK_REMOVAL_ENTRY,
  isRecord,
  READ_MARK_ENTRY,
  READING_POSITION_ENTRY,
  readEntries,
  SETTING_ENTRY,
  type EntryKind,
  type TimeBound,
} from './reader-file-entries.ts';

/** The name written into every export, so a file from anywhere else is recognised as foreign. */
export const READER_FILE_FORMAT = 'field-notes-reader-data';
/** The version this build writes. */
export const READER_FILE_VERSION = 3;
/** The versions of the reading file this build reads. */
const READ_VERSIONS = [2, 3];
/** The bookmarks-only files of version 1, still read. */
export const BOOKMARK_FILE_FORMAT = 'field-notes-bookmarks';
/** Files above this are refused before they are read; every post of a large site read and part-read fits well within it. */
export const MAX_READER_FILE_BYTES = 8 * 1024 * 1024;
/**
 * How far a time in a file may be past the file's own export time and still be kept as it is: one day. An export
 * carries times from other devices' clocks (through earlier imports), and a clock set to the wrong time zone is
 * hours off; a time past this is clamped to the export time, so it no longer wins every later merge.
 */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** What a reader keeps on a device and a file carries. */
export interface ReaderData {
  bookmarks: Bookmark[];
  bookmarkRemovals: BookmarkRemoval[];
  readMarks: ReadMark[];
  readingPositions: ReadingState[];
  settings: TimedSetting[];
}

/** The result of reading a file: its data and how many times in it were clamped, or one sentence saying what is wrong. */
export type ParsedReaderFile = { ok: true; data: ReaderData; clamped: number } | { ok: false; error: string };

// Each list of a version 3 file, and how its entries are read; version 2 lacks the removals.
const LISTS: { [K in keyof ReaderData]: EntryKind<ReaderData[K][number]> } = {
  bookmarks: BOOKMARK_ENTRY,
  bookmarkRemovals: BOOKMARK_REMOVAL_ENTRY,
  readMarks: READ_MARK_ENTRY,
  readingPositions: READING_POSITION_ENTRY,
  settings: SETTING_ENTRY,
};

/** The JSON text of an export of `data`, made at `now`; only the known fields of each row are written. */
export function serializeReaderData(data: ReaderData, now: Date): string {
  const file = {
    format: READER_FILE_FORMAT,
    version: READER_FILE_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: data.bookmarks.map(({ slug, title, bookmarkedAt }) => ({ slug, title, bookmarkedAt })),
    bookmarkRemovals: data.bookmarkRemovals.map(({ slug, removedAt }) => ({ slug, removedAt })),
    readMarks: data.readMarks.map(({ slug, read, changedAt }) => ({ slug, read, changedAt })),
    readingPositions: data.readingPositions.map(({ slug, anchor, progress, updatedAt }) => ({
      slug,
      anchor,
      progress,
      updatedAt,
    })),
    settings: data.settings.map(({ key, value, changedAt }) => ({ key, value, changedAt })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for an export made at `now`, e.g. `field-notes-reading-2026-12-03.json`. */
export function readerFileName(now: Date): string {
  return `field-notes-reading-${now.toISOString().slice(0, 10)}.json`;
}

/** Whether a file of this many bytes may be read at all. */
export function checkFileSize(bytes: number): string | undefined {
  if (bytes <= MAX_READER_FILE_BYTES) return undefined;
  return `The file is ${formatSize(bytes)}; a reading file can be at most ${formatSize(MAX_READER_FILE_BYTES)}.`;
}

/**
 * Checks a whole file (size, JSON, format, version, entries) before any write; version 1 holds bookmarks only.
 * Times after the file's export (or `now`, if earlier) by more than CLOCK_SKEW_MS are set to that time.
 */
export function parseReaderFile(text: string, now = Date.now()): ParsedReaderFile {
  const tooBig = checkFileSize(new TextEncoder().encode(text).byteLength);
  if (tooBig) return fail(tooBig);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON, so it cannot be a Field Notes reading file.');
  }
  const format = isRecord(file) ? file.format : undefined;
  if (!isRecord(file) || (format !== READER_FILE_FORMAT && format !== BOOKMARK_FILE_FORMAT)) {
    return fail(`This is not a Field Notes reading file (expected "format": "${READER_FILE_FORMAT}").`);
  }
  const versions = format === READER_FILE_FORMAT ? READ_VERSIONS : [1];
  if (typeof file.version !== 'number' || !versions.includes(file.version)) {
    const kind = format === READER_FILE_FORMAT ? 'reading' : 'bookmarks';
    const readable = versions.length === 1 ? `version ${versions[0]}` : `versions ${versions.join(' and ')}`;
    return fail(`This ${kind} file is version ${JSON.stringify(file.version)}; this site reads ${readable}.`);
  }
  const lists: (keyof ReaderData)[] =
    format === BOOKMARK_FILE_FORMAT
      ? ['bookmarks']
      : (Object.keys(LISTS) as (keyof ReaderData)[]).filter(
          (name) => file.version === 3 || name !== 'bookmarkRemovals',
        );
  const bound = timeBound(file.exportedAt, now);
  const data: ReaderData = { bookmarks: [], bookmarkRemovals: [], readMarks: [], readingPositions: [], settings: [] };
  let clamped = 0;
  for (const name of lists) {
    const list = file[name];
    if (!Array.isArray(list)) return fail(`The file has no "${name}" list.`);
    const read = readEntries<ReaderData[typeof name][number]>(LISTS[name], list, bound);
    if (!read.ok) return fail(read.error);
    Object.assign(data, { [name]: read.rows });
    clamped += read.clamped;
  }
  return { ok: true, data: keepNewerOfBookmarkAndRemoval(data), clamped };
}

/** The latest time a file's entries may carry, from its export time (never later than `now`). */
function timeBound(exportedAt: unknown, now: number): TimeBound {
  const exported = typeof exportedAt === 'string' ? Date.parse(exportedAt) : Number.NaN;
  const clampTo = Number.isFinite(exported) ? Math.min(exported, now) : now;
  return { latest: clampTo + CLOCK_SKEW_MS, clampTo };
}

/** A slug both bookmarked and removed in one file (never so in an export) keeps the newer; a tie keeps the bookmark. */
function keepNewerOfBookmarkAndRemoval(data: ReaderData): ReaderData {
  const bookmarkedAt = new Map(data.bookmarks.map((row) => [row.slug, row.bookmarkedAt]));
  const removedAt = new Map(data.bookmarkRemovals.map((row) => [row.slug, row.removedAt]));
  return {
    ...data,
    bookmarks: data.bookmarks.filter((row) => !(row.bookmarkedAt < (removedAt.get(row.slug) ?? -1))),
    bookmarkRemovals: data.bookmarkRemovals.filter((row) => !(row.removedAt <= (bookmarkedAt.get(row.slug) ?? -1))),
  };
}

function fail(error: string): ParsedReaderFile {
  return { ok: false, error };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
