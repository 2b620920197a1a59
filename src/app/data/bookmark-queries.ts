// The reader's bookmarks as live accessors, for every page and the header.
import { createMemo, type Accessor } from 'solid-js';
import type { Bookmark } from './db.ts';
import { listBookmarks } from './bookmarks.ts';
import { withDatabase } from './live-query.ts';

/** Every bookmark, most recent first. */
export function createBookmarks(): Accessor<Bookmark[] | undefined> {
  return withDatabase(listBookmarks);
}

/** The slugs of bookmarked posts, for toggles in lists. */
export function createBookmarkedSlugs(): Accessor<Set<string>> {
  const bookmarks = createBookmarks();
  return createMemo(() => new Set((bookmarks() ?? []).map((bookmark) => bookmark.slug)));
}

/** How many posts are bookmarked, for the header. */
export function createBookmarkCount(): Accessor<number | undefined> {
  return withDatabase((db) => db.bookmarks.count());
}
