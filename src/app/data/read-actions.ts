// Marking posts read, for components: bound to the open database, like actions.ts.
import { markAllRead, markRead } from './read-marks.ts';
import { database, whenDatabaseOpen } from './runtime.ts';

/** Marks a post read or unread; a refused write is told in the console, and the mark stays as it was. */
export async function markReadOf(slug: string, read: boolean): Promise<void> {
  try {
    await markRead(database() ?? (await whenDatabaseOpen()), slug, read);
  } catch (error) {
    console.warn('Could not save that the post was read', error);
  }
}

/** Marks every post of a list read. */
export async function markAllReadOf(slugs: readonly string[]): Promise<void> {
  try {
    await markAllRead(database() ?? (await whenDatabaseOpen()), slugs);
  } catch (error) {
    console.warn('Could not mark the posts read', error);
  }
}
