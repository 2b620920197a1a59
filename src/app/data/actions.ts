// Reader actions bound to the open database, so components never import `db` themselves.
import type { PostSummary } from '../../shared/post.ts';
import { saveReadingPosition } from './reading-state.ts';
import { removeBookmark, setBookmark } from './bookmarks.ts';
import type { FieldNotesDB } from './db.ts';
import {
  noteBookmarkKeptForVisit,
  notePersistenceAfterBookmark,
  noteWriteFailed,
  type ReaderWrite,
} from './persistence-notice.ts';
import { database, storageMode, whenDatabaseOpen } from './runtime.ts';
import { requestPersistentStorage } from './storage.ts';
import { recordWrite, whyWriteFailed } from './write-outcome.ts';

/** The open database; throws while storage is not open yet (the buttons stay disabled until then). */
export function openDatabase() {
  const db = database();
  if (!db) throw new Error('Storage is not open yet.');
  return db;
}

/** Sets a post's bookmark to the opposite of `shown` (what its button showed); resolves with whether it now is. */
export async function toggleBookmarkOf(post: Pick<PostSummary, 'slug' | 'title'>, shown: boolean): Promise<boolean> {
  const db = openDatabase();
  const bookmarked = await recordWrite(() => setBookmark(db, post, !shown)).catch((error: unknown) => {
    noteWriteFailed('bookmark', whyWriteFailed(error));
    throw error;
  });
  if (bookmarked && storageMode()?.kind === 'memory') noteBookmarkKeptForVisit();
  else if (bookmarked) {
    // The first bookmark ever is the moment to ask the browser to keep our storage, never the first load.
    notePersistenceAfterBookmark(db, requestPersistentStorage).catch((error: unknown) =>
      console.warn('Could not ask the browser to keep this site’s data', error),
    );
  }
  return bookmarked;
}

/** Removes a bookmark, for example one whose post is no longer published. */
export async function removeBookmarkOf(slug: string): Promise<void> {
  const db = openDatabase();
  await recordWrite(() => removeBookmark(db, slug)).catch((error: unknown) => {
    noteWriteFailed('bookmark', whyWriteFailed(error));
    throw error;
  });
}

/**
 * Runs `write` once storage is open; a refused write is told to the reader (and `warning` logged), and never thrown,
 * as reading must not fail for a lost mark.
 */
export async function writeOrTell(
  what: ReaderWrite,
  warning: string,
  write: (db: FieldNotesDB) => Promise<unknown>,
): Promise<void> {
  try {
    const db = database() ?? (await whenDatabaseOpen());
    await recordWrite(() => write(db));
  } catch (error) {
    console.warn(warning, error);
    noteWriteFailed(what, whyWriteFailed(error));
  }
}

/** Remembers where the reader is in a post. */
export function saveReadingPositionOf(slug: string, anchor: string, progress: number): Promise<void> {
  return writeOrTell('reading-position', 'Could not save the reading position', (db) =>
    saveReadingPosition(db, slug, anchor, progress),
  );
}

/** Whether reader actions can run yet (the database is open). */
export function canSaveReaderData(): boolean {
  return database() !== undefined;
}
