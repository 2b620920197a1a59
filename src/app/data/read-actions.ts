// Marking posts read, for components: bound to the open database, like actions.ts.
import { writeOrTell } from './actions.ts';
import { markAllRead, markRead } from './read-marks.ts';

/** Marks a post read or unread; a refused write is told to the reader, and the mark stays as it was. */
export function markReadOf(slug: string, read: boolean): Promise<void> {
  return writeOrTell('read-mark', 'Could not save that the post was read', (db) => markRead(db, slug, read));
}

/** Marks every post of a list read. */
export function markAllReadOf(slugs: readonly string[]): Promise<void> {
  return writeOrTell('read-mark', 'Could not mark the posts read', (db) => markAllRead(db, slugs));
}
