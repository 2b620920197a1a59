// The reading file: a reader's bookmarks, read marks, reading positions and settings as one JSON file, for another
// device. Version 1 files, which held bookmarks only, still import.
import type { TimedSetting } from '../settings/setting-times.ts';
import type { Bookmark, ReadingState, ReadMark } from './db.ts';
import {
  BOOKMARK_ENTRY,
  isRecord,
  READ_MARK_ENTRY,
  READING_POSITION_ENTRY,
  readEntries,
  SETTING_ENTRY,
  type EntryKind,
} from './reader-file-entries.ts';

/** The name written into every export, so a file from anywhere else is recognised as foreign. */
export const READER_FILE_FORMAT = 'field-notes-reader-data';
/** The version this build writes. */
export const READER_FILE_VERSION = 2;
/** The bookmarks-only files of version 1, still read. */
export const BOOKMARK_FILE_FORMAT = 'field-notes-bookmarks';
/** Files above this are refused before they are read; every post of a large site read and part-read fits well within it. */
export const MAX_READER_FILE_BYTES = 8 * 1024 * 1024;

/** What a reader keeps on a device and a file carries. */
export interface ReaderData {
  bookmarks: Bookmark[];
  readMarks: ReadMark[];
  readingPositions: ReadingState[];
  settings: TimedSetting[];
}

/** The result of reading a file: its data, or one sentence saying what is wrong. */
export type ParsedReaderFile = { ok: true; data: ReaderData } | { ok: false; error: string };

// Each list of a version 2 file, and how its entries are read.
const LISTS: { [K in keyof ReaderData]: EntryKind<ReaderData[K][number]> } = {
  bookmarks: BOOKMARK_ENTRY,
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

/** Checks a whole file (size, JSON, format, version, entries) before any write; version 1 holds bookmarks only. */
export function parseReaderFile(text: string): ParsedReaderFile {
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
  const expected = format === READER_FILE_FORMAT ? READER_FILE_VERSION : 1;
  if (file.version !== expected) {
    const kind = format === READER_FILE_FORMAT ? 'reading' : 'bookmarks';
    return fail(`This ${kind} file is version ${JSON.stringify(file.version)}; this site reads version ${expected}.`);
  }
  const lists = format === READER_FILE_FORMAT ? (Object.keys(LISTS) as (keyof ReaderData)[]) : ['bookmarks' as const];
  const data: ReaderData = { bookmarks: [], readMarks: [], readingPositions: [], settings: [] };
  for (const name of lists) {
    const list = file[name];
    if (!Array.isArray(list)) return fail(`The file has no "${name}" list.`);
    const read = readEntries<ReaderData[typeof name][number]>(LISTS[name], list);
    if (!read.ok) return fail(read.error);
    Object.assign(data, { [name]: read.rows });
  }
  return { ok: true, data };
}

function fail(error: string): ParsedReaderFile {
  return { ok: false, error };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
