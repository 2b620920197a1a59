import type { PostSummary } from '../../shared/post.ts';
import { saveReadingPosition } from './reading-state.ts';
import { removeBookmark, setBookmark } from './bookmarks.ts';
import type { FieldNotesDB } from './db.ts';
import { noteBookmarkKeptForVisit, noteBookmarkNotSaved, notePersistenceAfterBookmark } from './persistence-notice.ts';
import { database, storageMode, whenDatabaseOpen } from './runtime.ts';
import { requestPersistentStorage } from './storage.ts';

/**
 * Reader actions for components, bound to the open database, so components never import
 * `db` themselves. Each throws when storage is not open yet; buttons stay disabled until then.
 */
export function openDatabase() {
  const db = database();
  if (!db) throw new Error('Storage is not open yet.');
  return db;
}

/**
 * Sets a post's bookmark to the opposite of `shown`, what its button showed; resolves with whether it is now bookmarked. The first
 * bookmark ever is the moment to ask the browser to keep our storage (never on first load).
 */
export async function toggleBookmarkOf(post: Pick<PostSummary, 'slug' | 'title'>, shown: boolean): Promise<boolean> {
  const db = openDatabase();
  const bookmarked = await setBookmark(db, post, !shown).catch((error: unknown) => {
    noteBookmarkNotSaved();
    throw error;
  });
  if (bookmarked && storageMode()?.kind === 'memory') noteBookmarkKeptForVisit();
  else if (bookmarked) {
    notePersistenceAfterBookmark(db, requestPersistentStorage).catch((error: unknown) =>
      console.warn('Could not ask the browser to keep this site’s data', error),
    );
  }
  return bookmarked;
}

/** Removes a bookmark, for example one whose post is no longer published. */
export async function removeBookmarkOf(slug: string): Promise<void> {
  await removeBookmark(openDatabase(), slug);
}

/**
 * Runs `write` once storage is open. A write the browser refuses (its storage full) only logs
 * `warning`: a lost mark or position is a small loss, and reading must never fail because of it.
 */
export async function writeOrWarn(warning: string, write: (db: FieldNotesDB) => Promise<unknown>): Promise<void> {
  try {
    await write(database() ?? (await whenDatabaseOpen()));
  } catch (error) {
    console.warn(warning, error);
  }
}

/** Remembers where the reader is in a post. */
export function saveReadingPositionOf(slug: string, anchor: string, progress: number): Promise<void> {
  return writeOrWarn('Could not save the reading position', (db) => saveReadingPosition(db, slug, anchor, progress));
}

/** Whether reader actions can run yet (the database is open). */
export function canSaveReaderData(): boolean {
  return database() !== undefined;
}
