// What the bookmarks page reads. It is never prerendered with the reader's bookmarks (the build
// cannot know them), so it has no seed.
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
