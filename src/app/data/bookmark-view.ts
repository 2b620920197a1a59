import type { PostSummary } from '../../shared/post.ts';
import type { Bookmark } from './db.ts';
import { buildTagCatalog, filterByTags } from './tag-catalog.ts';
import type { TagFacet } from './tags.ts';

/** The bookmarks page: bookmarked posts still published, those that are not, and tag chips. */
export interface BookmarksView {
  /** Bookmarked posts carrying every selected tag, most recently bookmarked first. */
  posts: PostSummary[];
  /** Bookmarks whose post is no longer published, with their stored titles; hidden while filtering by tag. */
  unavailable: Bookmark[];
  /** Chips over the tags of bookmarked posts. */
  tags: TagFacet[];
  /** Every bookmark, whatever the filter. */
  total: number;
}

/** Joins bookmarks with the stored posts' summaries and applies the tag filter. Pure. */
export function bookmarksView(
  bookmarks: readonly Bookmark[],
  stored: ReadonlyMap<string, PostSummary>,
  selected: readonly string[],
): BookmarksView {
  const available: PostSummary[] = [];
  const unavailable: Bookmark[] = [];
  for (const bookmark of bookmarks) {
    const post = stored.get(bookmark.slug);
    if (post) available.push(post);
    else unavailable.push(bookmark);
  }
  // The bookmarked posts as a catalog of their own, in bookmark order, filtered as any list is.
  const { posts, tags } = filterByTags(buildTagCatalog(available), selected);
  return { posts, unavailable: selected.length === 0 ? unavailable : [], tags, total: bookmarks.length };
}
