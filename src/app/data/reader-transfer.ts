import type { TimedSetting } from '../settings/setting-times.ts';
import { listBookmarks } from './bookmarks.ts';
import type { FieldNotesDB } from './db.ts';
import type { ReaderData } from './reader-file.ts';
import { matchSettings, mergeReaderData, type ReaderMerge, type StoredMatches } from './reader-merge.ts';

/** The reader settings as an import sees them: read, and written (throwing when storage refuses). */
export interface SettingsAccess {
  read(): TimedSetting[];
  /** Stores these settings; returns what puts the previous ones back. */
  write(changes: readonly TimedSetting[]): () => void;
}

/** Everything the reader keeps on this device, read at one moment, for an export. */
export async function collectReaderData(db: FieldNotesDB, settings: readonly TimedSetting[]): Promise<ReaderData> {
  return db.transaction('r', db.bookmarks, db.readMarks, db.readingState, async () => ({
    bookmarks: await listBookmarks(db),
    readMarks: await db.readMarks.toArray(),
    readingPositions: await db.readingState.toArray(),
    settings: [...settings],
  }));
}

/** What importing `incoming` would do to the device as it is now; writes nothing. */
export async function previewImport(
  db: FieldNotesDB,
  incoming: ReaderData,
  settings: readonly TimedSetting[],
): Promise<ReaderMerge> {
  return db.transaction('r', db.bookmarks, db.readMarks, db.readingState, async () =>
    mergeReaderData(incoming, await storedMatches(db, incoming, settings)),
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
    return await db.transaction('rw', db.bookmarks, db.readMarks, db.readingState, async () => {
      const merge = mergeReaderData(incoming, await storedMatches(db, incoming, settings.read()));
      await db.bookmarks.bulkPut(merge.bookmarks.writes);
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

async function storedMatches(
  db: FieldNotesDB,
  incoming: ReaderData,
  settings: readonly TimedSetting[],
): Promise<StoredMatches> {
  return {
    bookmarks: await db.bookmarks.bulkGet(incoming.bookmarks.map((row) => row.slug)),
    readMarks: await db.readMarks.bulkGet(incoming.readMarks.map((row) => row.slug)),
    readingPositions: await db.readingState.bulkGet(incoming.readingPositions.map((row) => row.slug)),
    settings: matchSettings(incoming.settings, settings),
  };
}
