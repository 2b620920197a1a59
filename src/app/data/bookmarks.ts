import type { PostSummary } from '../../shared/post.ts';
import type { Bookmark, BookmarkRemoval, FieldNotesDB } from './db.ts';

/** Sets whether the post is bookmarked: a target, not a flip of what is stored, so the last click in any tab wins. */
export async function setBookmark(
  db: FieldNotesDB,
  post: Pick<PostSummary, 'slug' | 'title'>,
  bookmarked: boolean,
): Promise<boolean> {
  // One transaction reads and writes, so a bookmark keeps its first time however often it is set.
  return db.transaction('rw', db.bookmarks, db.bookmarkRemovals, async () => {
    if (!bookmarked) {
      await removeBookmark(db, post.slug);
      return false;
    }
    if (await db.bookmarks.get(post.slug)) return true;
    const removal = await db.bookmarkRemovals.get(post.slug);
    // Later than its removal even if the clock went back, so the bookmark wins every merge with it.
    const bookmarkedAt = Math.max(Date.now(), (removal?.removedAt ?? 0) + 1);
    await db.bookmarks.put({ slug: post.slug, title: post.title, bookmarkedAt });
    await db.bookmarkRemovals.delete(post.slug);
    return true;
  });
}

/** Removes a bookmark, recording when, so no older copy of it (an imported file) brings it back. */
export async function removeBookmark(db: FieldNotesDB, slug: string): Promise<void> {
  await db.transaction('rw', db.bookmarks, db.bookmarkRemovals, async () => {
    const stored = await db.bookmarks.get(slug);
    if (!stored) return;
    await db.bookmarks.delete(slug);
    // Later than the bookmark even if the clock went back, so the removal wins every merge with it.
    await db.bookmarkRemovals.put({ slug, removedAt: Math.max(Date.now(), stored.bookmarkedAt + 1) });
  });
}

/** Every bookmark, most recently bookmarked first. */
export async function listBookmarks(db: FieldNotesDB): Promise<Bookmark[]> {
  return db.bookmarks.orderBy('bookmarkedAt').reverse().toArray();
}

/** The newest `limit` removals, most recent first: older ones beyond it are not carried in an export. */
export async function listBookmarkRemovals(db: FieldNotesDB, limit: number): Promise<BookmarkRemoval[]> {
  return db.bookmarkRemovals.orderBy('removedAt').reverse().limit(limit).toArray();
}
