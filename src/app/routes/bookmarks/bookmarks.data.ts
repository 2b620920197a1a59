// What the bookmarks page reads; it has no seed, as the build cannot know the reader's bookmarks.
import { createMemo, type Accessor } from 'solid-js';
import { bookmarksView, type BookmarksView } from '../../data/bookmark-view.ts';
import { createBookmarks } from '../../data/bookmark-queries.ts';
import { createCatalog } from '../../data/catalog.ts';

/** Bookmarked posts filtered by tag, and those no longer published. */
export function createBookmarksView(selected: Accessor<string[]>): Accessor<BookmarksView | undefined> {
  const bookmarks = createBookmarks();
  const catalog = createCatalog();
  return createMemo(() => {
    const list = bookmarks();
    const current = catalog();
    return list && current && bookmarksView(list, current.bySlug, selected());
  });
}
