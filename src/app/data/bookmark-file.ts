import type { Bookmark } from './db.ts';

/** The name written into every export, so a file from anywhere else is recognised as foreign. */
export const BOOKMARK_FILE_FORMAT = 'field-notes-bookmarks';
/** The only version this build reads and writes. */
export const BOOKMARK_FILE_VERSION = 1;
/** Files above this are refused before they are read: a thousand bookmarks take well under 200 KB. */
export const MAX_BOOKMARK_FILE_BYTES = 1024 * 1024;

/** What an export holds. */
export interface BookmarkFile {
  format: typeof BOOKMARK_FILE_FORMAT;
  version: typeof BOOKMARK_FILE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  bookmarks: Bookmark[];
}

/** The result of reading a file: every bookmark in it, or one sentence saying what is wrong. */
export type ParsedBookmarkFile = { ok: true; bookmarks: Bookmark[] } | { ok: false; error: string };

/** The JSON text of an export of `bookmarks`, made at `now`. */
export function serializeBookmarks(bookmarks: readonly Bookmark[], now: Date): string {
  const file: BookmarkFile = {
    format: BOOKMARK_FILE_FORMAT,
    version: BOOKMARK_FILE_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: bookmarks.map(({ slug, title, bookmarkedAt }) => ({ slug, title, bookmarkedAt })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for an export made at `now`, e.g. `field-notes-bookmarks-2025-11-12.json`. */
export function exportFileName(now: Date): string {
  return `${BOOKMARK_FILE_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

/** Whether a file of this many bytes may be read at all. */
export function checkFileSize(bytes: number): string | undefined {
  if (bytes <= MAX_BOOKMARK_FILE_BYTES) return undefined;
  return `The file is ${formatSize(bytes)}; a bookmarks file can be at most ${formatSize(MAX_BOOKMARK_FILE_BYTES)}.`;
}

/**
 * Checks a whole file before anything is written: size, JSON, format name, version, and every
 * entry's fields and types. Duplicate slugs keep their earliest time.
 */
export function parseBookmarkFile(text: string): ParsedBookmarkFile {
  const tooBig = checkFileSize(new TextEncoder().encode(text).byteLength);
  if (tooBig) return fail(tooBig);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON, so it cannot be a bookmarks export.');
  }
  if (!isRecord(data) || data.format !== BOOKMARK_FILE_FORMAT) {
    return fail(`This is not a Field Notes bookmarks file (expected "format": "${BOOKMARK_FILE_FORMAT}").`);
  }
  if (data.version !== BOOKMARK_FILE_VERSION) {
    return fail(
      `This bookmarks file is version ${JSON.stringify(data.version)}; this site reads version ${BOOKMARK_FILE_VERSION}.`,
    );
  }
  if (!Array.isArray(data.bookmarks)) return fail('The file has no "bookmarks" list.');
  const bySlug = new Map<string, Bookmark>();
  for (const [index, entry] of data.bookmarks.entries()) {
    const problem = entryProblem(entry);
    if (problem) return fail(`Bookmark ${index + 1} ${problem}; nothing was imported.`);
    const bookmark = { slug: entry.slug, title: entry.title, bookmarkedAt: entry.bookmarkedAt } as Bookmark;
    const seen = bySlug.get(bookmark.slug);
    if (!seen || bookmark.bookmarkedAt < seen.bookmarkedAt) bySlug.set(bookmark.slug, bookmark);
  }
  return { ok: true, bookmarks: [...bySlug.values()] };
}

function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'is not an object';
  if (typeof entry.slug !== 'string' || entry.slug.length > 200 || !/^[a-z0-9][a-z0-9-]*$/.test(entry.slug)) {
    return 'has no valid "slug" (lowercase letters, digits and hyphens)';
  }
  if (typeof entry.title !== 'string' || entry.title.trim() === '' || entry.title.length > 1000) {
    return `("${entry.slug}") has no valid "title"`;
  }
  const time = entry.bookmarkedAt;
  if (typeof time !== 'number' || !Number.isInteger(time) || time < 0 || time > 8.64e15) {
    return `("${entry.slug}") has no valid "bookmarkedAt" (milliseconds since 1970)`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: string): ParsedBookmarkFile {
  return { ok: false, error };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
