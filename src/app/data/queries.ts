// What the pages ask of the data: one factory a question, each an accessor that follows IndexedDB.
import { createMemo, type Accessor } from 'solid-js';
import type { Post } from '../../shared/post.ts';
import type { Bookmark, ReadingState } from './db.ts';
import { listBookmarks } from './bookmarks.ts';
import { bookmarksView, type BookmarksView } from './bookmark-view.ts';
import { createCatalog, catalogSettled, createPostSummaries } from './catalog.ts';
import { createLiveQuery, withDatabase } from './live-query.ts';
import { listTags } from './tags.ts';
import { filterByTags, type TagFilterResult } from './tag-catalog.ts';
import { readingPosition } from './reading-state.ts';
import { adjacentPosts, relatedPosts, type PostNeighbours } from './related-posts.ts';
import { database, syncSettled } from './runtime.ts';
import { createSeeded, sameFacet, sameItems, sameSummary } from './seeded.ts';
import { stableSummaries } from './stable-summaries.ts';
import { neighboursSeed, postSeed, tagFilterSeed, tagListSeed } from '../prerender/page-seeds.ts';

/** One post with its body; null once it is known not to be stored. */
export function createPost(slug: Accessor<string>): Accessor<Post | null | undefined> {
  const live = createLiveQuery(() => {
    const db = database();
    const key = slug();
    return db ? async () => (await db.posts.get(key)) ?? null : undefined;
  });
  // A prerendered post is this build's own, and its body is in the page (the seed carries no
  // HTML): the seed stays. What IndexedDB holds of it is the same post or a copy this build's sync
  // has not replaced yet, and the sync, in a worker, may report that it is done before this
  // page's live query has seen its last write. A prerendered "no such post" gives way to a stored
  // post once the sync is over.
  return createSeeded(
    () => postSeed(slug()),
    live,
    (post, seed) => seed === null && (post === null || syncSettled()),
  );
}

/** Every bookmark, most recent first. */
export function createBookmarks(): Accessor<Bookmark[] | undefined> {
  return withDatabase(listBookmarks);
}

/** The slugs of bookmarked posts, for toggles in lists. */
export function createBookmarkedSlugs(): Accessor<Set<string>> {
  const bookmarks = createBookmarks();
  return createMemo(() => new Set((bookmarks() ?? []).map((bookmark) => bookmark.slug)));
}

/** Where the reader stopped in a post. */
export function createReadingPosition(slug: Accessor<string>): Accessor<ReadingState | null | undefined> {
  return createLiveQuery(() => {
    const db = database();
    const key = slug();
    return db ? async () => (await readingPosition(db, key)) ?? null : undefined;
  });
}

/** Previous/next and related posts of one post, from the summaries in memory. */
export function createPostNeighbours(slug: Accessor<string>): Accessor<PostNeighbours | undefined> {
  const catalog = createCatalog();
  const all = createPostSummaries();
  const live = createMemo(() => {
    const current = catalog();
    const list = all();
    if (!current || !list) return undefined;
    const post = current.bySlug.get(slug());
    return { adjacent: adjacentPosts({ slug: slug() }, list), related: post ? relatedPosts(post, list) : [] };
  });
  return createSeeded(
    () => neighboursSeed(slug()),
    live,
    catalogSettled,
    (value, seed) =>
      sameSummary(value.adjacent.previous, seed.adjacent.previous) &&
      sameSummary(value.adjacent.next, seed.adjacent.next) &&
      sameItems(value.related, seed.related, sameSummary),
  );
}

/**
 * Posts carrying every selected tag, newest first, with the chips that narrow them further; all
 * of them, or the first `limit`. Computed in memory from the catalog: a chip press reads nothing.
 */
export function createTagFilter(
  selected: Accessor<string[]>,
  limit?: Accessor<number>,
): Accessor<TagFilterResult | undefined> {
  const catalog = createCatalog();
  const live = createMemo(() => {
    const current = catalog();
    return current && filterByTags(current, selected(), limit?.());
  });
  // Every post of the build in memory is the sign the stored set is complete.
  const result = createSeeded(
    () => tagFilterSeed(selected(), limit?.()),
    live,
    (value, seed) => value.total >= seed.total || catalogSettled(),
    (value, seed) =>
      value.total === seed.total &&
      value.count === seed.count &&
      sameItems(value.posts, seed.posts, sameSummary) &&
      sameItems(value.tags, seed.tags, sameFacet),
  );
  // The catalog's summaries are the stable objects already; a prerendered page's seed holds
  // copies of the same posts, which must be the same cards once the catalog takes over. One
  // copy per seed, so a seed that stays changes nothing downstream.
  let fromSeed: { seed: TagFilterResult; value: TagFilterResult } | undefined;
  return createMemo(() => {
    const value = result();
    if (!value || value === live()) return value;
    if (fromSeed?.seed !== value) fromSeed = { seed: value, value: { ...value, posts: stableSummaries(value.posts) } };
    return fromSeed.value;
  });
}

/** Every tag with its post count, most used first. */
export function createTagList(): Accessor<{ tag: string; total: number }[] | undefined> {
  const catalog = createCatalog();
  const live = createMemo(() => {
    const current = catalog();
    return current && listTags(current.totals);
  });
  return createSeeded(tagListSeed, live, catalogSettled, (value, seed) =>
    sameItems(value, seed, (a, b) => a.tag === b.tag && a.total === b.total),
  );
}

/** How many posts are bookmarked, for the header. */
export function createBookmarkCount(): Accessor<number | undefined> {
  return withDatabase((db) => db.bookmarks.count());
}

/** The bookmarks page: bookmarked posts filtered by tag, and those no longer published. */
export function createBookmarksView(selected: Accessor<string[]>): Accessor<BookmarksView | undefined> {
  const bookmarks = createBookmarks();
  const catalog = createCatalog();
  return createMemo(() => {
    const list = bookmarks();
    const current = catalog();
    return list && current && bookmarksView(list, current.bySlug, selected());
  });
}
