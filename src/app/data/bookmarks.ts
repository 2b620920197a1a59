import type { PostSummary } from '../../shared/post.ts';
import type { Bookmark, FieldNotesDB } from './db.ts';

/** Sets whether the post is bookmarked: a target, not a flip of what is stored, so the last click in any tab wins. */
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
