import type { PostSummary } from '../../shared/post.ts';
import { removeBookmark, toggleBookmark } from './bookmarks.ts';
import { saveReadingPosition } from './reading-state.ts';
import { database } from './runtime.ts';

/**
 * Reader actions for components, bound to the open database, so components never import
 * `db` themselves. Each throws when storage is not open yet; buttons stay disabled until then.
 */
function openDatabase() {
  const db = database();
  if (!db) throw new Error('Storage is not open yet.');
  return db;
}

/** Bookmarks or un-bookmarks a post; resolves with whether it is now bookmarked. */
export function toggleBookmarkOf(post: Pick<PostSummary, 'slug' | 'title'>): Promise<boolean> {
  return toggleBookmark(openDatabase(), post);
}

/** Removes a bookmark, for example one whose post is no longer published. */
export function removeBookmarkOf(slug: string): Promise<void> {
  return removeBookmark(openDatabase(), slug);
}

/**
 * Remembers where the reader is in a post. Does nothing while storage is not open: a lost
 * position is a small loss, and reading must never fail because of it.
 */
export function saveReadingPositionOf(slug: string, anchor: string, progress: number): Promise<void> {
  const db = database();
  return db ? saveReadingPosition(db, slug, anchor, progress) : Promise.resolve();
}

/** Whether reader actions can run yet (the database is open). */
export function canSaveReaderData(): boolean {
  return database() !== undefined;
}
