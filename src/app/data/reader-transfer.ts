import type { TimedSetting } from '../settings/setting-times.ts';
import { listBookmarkRemovals, listBookmarks } from './bookmarks.ts';
import type { FieldNotesDB } from './db.ts';
import { formatCount } from '../format.ts';
import type { ReaderData } from './reader-file.ts';
import { BOOKMARK_ENTRY, BOOKMARK_REMOVAL_ENTRY } from './reader-file-entries.ts';
import {
  bookmarksAfter,
  matchSettings,
  mergeReaderData,
  type ReaderMerge,
  type StoredBookmark,
  type StoredMatches,
} from './reader-merge.ts';

/** The reader settings as an import sees them: read, and written (throwing when storage refuses). */
export interface SettingsAccess {
  read(): TimedSetting[];
  /** Stores these settings; returns what puts the previous ones back. */
  write(changes: readonly TimedSetting[]): () => void;
}

/** Everything the reader keeps on this device, read at one moment, for an export. */
export async function collectReaderData(db: FieldNotesDB, settings: readonly TimedSetting[]): Promise<ReaderData> {
  return db.transaction('r', db.bookmarks, db.bookmarkRemovals, db.readMarks, db.readingState, async () => ({
    bookmarks: await listBookmarks(db),
    // The newest only, so the file imports anywhere: a removal older than these thousands is long settled.
    bookmarkRemovals: await listBookmarkRemovals(db, BOOKMARK_REMOVAL_ENTRY.max),
    readMarks: await db.readMarks.toArray(),
    readingPositions: await db.readingState.toArray(),
    settings: [...settings],
  }));
}

/** What importing `incoming` would do to the device as it is now; writes nothing; throws if it would hold too many. */
export async function previewImport(
  db: FieldNotesDB,
  incoming: ReaderData,
  settings: readonly TimedSetting[],
): Promise<ReaderMerge> {
  return db.transaction('r', db.bookmarks, db.bookmarkRemovals, db.readMarks, db.readingState, async () =>
    checkRoom(db, mergeReaderData(incoming, await storedMatches(db, incoming, settings))),
  );
}

/** Merges `incoming` all or nothing: a failed write leaves every table as it was and puts the settings back. */
export async function applyImport(
  db: FieldNotesDB,
  incoming: ReaderData,
  settings: SettingsAccess,
): Promise<ReaderMerge> {
  let undoSettings: (() => void) | undefined;
  try {
    return await db.transaction('rw', [db.bookmarks, db.bookmarkRemovals, db.readMarks, db.readingState], async () => {
      const merge = await checkRoom(db, mergeReaderData(incoming, await storedMatches(db, incoming, settings.read())));
      const { bookmarks, bookmarkRemovals } = merge;
      await db.bookmarks.bulkPut(bookmarks.writes);
      // A bookmark that won over the device's removal ends that removal.
      await db.bookmarkRemovals.bulkDelete(bookmarks.writes.map((row) => row.slug));
      await db.bookmarkRemovals.bulkPut(bookmarkRemovals.writes);
      await db.bookmarks.bulkDelete(bookmarkRemovals.removes);
      await db.readMarks.bulkPut(merge.readMarks.writes);
      await db.readingState.bulkPut(merge.readingPositions.writes);
      // Settings live outside IndexedDB (public/boot.js reads them before the first paint), so
      // they go last: a refusal here aborts the transaction, and a failed commit undoes them.
      if (merge.settings.writes.length > 0) undoSettings = settings.write(merge.settings.writes);
      return merge;
    });
  } catch (error) {
    undoSettings?.();
    throw error;
  }
}

/** The merge, or an error when the device would then hold more bookmarks than a reading file can carry. */
async function checkRoom(db: FieldNotesDB, merge: ReaderMerge): Promise<ReaderMerge> {
  const after = bookmarksAfter(merge, await db.bookmarks.count());
  if (after > BOOKMARK_ENTRY.max) {
    throw new Error(
      `With this file you would have ${formatCount(after)} bookmarks; this site keeps at most ` +
        `${formatCount(BOOKMARK_ENTRY.max)}, so nothing was imported.`,
    );
  }
  return merge;
}

async function storedMatches(
  db: FieldNotesDB,
  incoming: ReaderData,
  settings: readonly TimedSetting[],
): Promise<StoredMatches> {
  return {
    bookmarks: await storedBookmarks(
      db,
      incoming.bookmarks.map((row) => row.slug),
    ),
    bookmarkRemovals: await storedBookmarks(
      db,
      incoming.bookmarkRemovals.map((row) => row.slug),
    ),
    readMarks: await db.readMarks.bulkGet(incoming.readMarks.map((row) => row.slug)),
    readingPositions: await db.readingState.bulkGet(incoming.readingPositions.map((row) => row.slug)),
    settings: matchSettings(incoming.settings, settings),
  };
}

/** The device's bookmark or removal of each slug, by position. */
async function storedBookmarks(db: FieldNotesDB, slugs: string[]): Promise<StoredBookmark[]> {
  const bookmarks = await db.bookmarks.bulkGet(slugs);
  const removals = await db.bookmarkRemovals.bulkGet(slugs);
  return slugs.map((_, i) => ({ bookmark: bookmarks[i], removal: removals[i] }));
}
