import type { PostSummary } from '../../shared/post.ts';
import type { Bookmark, FieldNotesDB } from './db.ts';

/**
 * Sets whether the post is bookmarked to `bookmarked`, the opposite of what the reader's button
 * showed: an explicit target, not a flip of what is stored, so the last click in any tab wins.
 */
export async function setBookmark(
  db: FieldNotesDB,
  post: Pick<PostSummary, 'slug' | 'title'>,
  bookmarked: boolean,
): Promise<boolean> {
  // One transaction reads and writes, so a bookmark keeps its first time however often it is set.
  return db.transaction('rw', db.bookmarks, async () => {
    const stored = await db.bookmarks.get(post.slug);
    if (!bookmarked) await db.bookmarks.delete(post.slug);
    else if (!stored) await db.bookmarks.put({ slug: post.slug, title: post.title, bookmarkedAt: Date.now() });
    return bookmarked;
  });
}

/** Removes a bookmark, for example of a post that is no longer published. */
export async function removeBookmark(db: FieldNotesDB, slug: string): Promise<void> {
  await db.bookmarks.delete(slug);
}

/** Every bookmark, most recently bookmarked first. */
export async function listBookmarks(db: FieldNotesDB): Promise<Bookmark[]> {
  return db.bookmarks.orderBy('bookmarkedAt').reverse().toArray();
}

/** What an import did: bookmarks added, and bookmarks that were already there. */
export interface ImportResult {
  added: number;
  existing: number;
}

/**
 * Merges bookmarks (already validated) into the store in one transaction: nothing is ever
 * deleted, a new slug is added, and a slug already bookmarked keeps the earlier of its two times.
 */
export async function importBookmarks(db: FieldNotesDB, incoming: readonly Bookmark[]): Promise<ImportResult> {
  return db.transaction('rw', db.bookmarks, async () => {
    const current = await db.bookmarks.bulkGet(incoming.map((bookmark) => bookmark.slug));
    const writes: Bookmark[] = [];
    incoming.forEach((bookmark, i) => {
      const stored = current[i];
      if (!stored) writes.push(bookmark);
      else if (bookmark.bookmarkedAt < stored.bookmarkedAt)
        writes.push({ ...stored, bookmarkedAt: bookmark.bookmarkedAt });
    });
    await db.bookmarks.bulkPut(writes);
    const existing = current.filter(Boolean).length;
    return { added: incoming.length - existing, existing };
  });
}
