import {
  createComputed,
  createEffect,
  createMemo,
  createRoot,
  createSignal,
  onCleanup,
  untrack,
  type Accessor,
} from 'solid-js';
import type { Post, PostSummary } from '../../shared/post.ts';
import type { Bookmark, FieldNotesDB, ReadingState } from './db.ts';
import { listBookmarks } from './bookmarks.ts';
import { bookmarksView, type BookmarksView } from './bookmark-view.ts';
import { listTags, type TagFacet } from './tags.ts';
import { buildTagCatalog, filterByTags, type TagCatalog, type TagFilterResult } from './tag-catalog.ts';
import { readingPosition } from './reading-state.ts';
import { adjacentPosts, relatedPosts, type PostNeighbours } from './related-posts.ts';
import { database, observe, syncSettled, syncStatus } from './runtime.ts';
import { stableSummaries } from './stable-summaries.ts';
import { seedValue, type Seed } from '../prerender/seeds.ts';
import { neighboursSeed, postSeed, tagFilterSeed, tagListSeed } from '../prerender/page-seeds.ts';

/**
 * Turns a Dexie live query into a Solid accessor that updates whenever the data changes, in
 * this tab or any other. `source` is tracked: return a new querier when its inputs change.
 * Until the first result (and during prerendering, where effects never run) it is undefined.
 */
export function createLiveQuery<T>(source: () => (() => Promise<T>) | undefined): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  createEffect(() => {
    const querier = source();
    const observable = querier && observe(querier);
    if (!observable) return;
    const subscription = observable.subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => console.error('Live query failed', error),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return value;
}

/**
 * A query that starts from the value its page was prerendered with (see prerender/seeds.ts), so
 * hydration meets the same markup and the page never flashes empty. IndexedDB holds none of the
 * posts on a first visit, and until this build's sync is over it may hold part of them: the live
 * value takes over once `current` accepts it (by default, once `catalogSettled`), unless `same`
 * finds it holds what the seed does: then the seed stays, and so does every node rendered from
 * it (and the reader's focus in them). When the inputs move on (a new tag selection, another
 * post) the seed no longer applies.
 */
function createSeeded<T>(
  seedFor: () => Seed<T>,
  live: Accessor<T | undefined>,
  current: (value: T, seed: T) => boolean = catalogSettled,
  same: (value: T, seed: T) => boolean = () => false,
): Accessor<T | undefined> {
  const first = untrack(seedFor);
  const initial = seedValue(first);
  if (initial === undefined) return live;
  return () => {
    const value = live();
    if (seedFor().key !== first.key) return value;
    return value !== undefined && current(value, initial) && !same(value, initial) ? value : initial;
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (a: T, b: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]!));
}

function sameFacet(a: TagFacet, b: TagFacet): boolean {
  return a.tag === b.tag && a.total === b.total && a.count === b.count && a.selected === b.selected;
}

/** The same post content: summaries are equal when slug and content hash are (see PostSummary.hash). */
function sameSummary(a: PostSummary | undefined, b: PostSummary | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.slug === b.slug && a.hash === b.hash);
}

function withDatabase<T>(query: (db: FieldNotesDB) => Promise<T>): Accessor<T | undefined> {
  return createLiveQuery(() => {
    const db = database();
    return db ? () => query(db) : undefined;
  });
}

let sharedCatalog: Accessor<TagCatalog | undefined> | undefined;

/**
 * Every stored post's summary, held in memory as a catalog: one live query of the summaries
 * table for the whole app, re-run only when posts change, feeding every list, tag chip and count.
 * A tag selection is then pure computation over it, with no IndexedDB read at all.
 */
export function createCatalog(): Accessor<TagCatalog | undefined> {
  // Owned by its own root: it outlives the pages that use it, and follows the database signal.
  sharedCatalog ??= createRoot(() => {
    const summaries = createStoredSummaries();
    return createMemo(() => {
      const list = summaries();
      // Lists are keyed by object: the same post stays the same card (and keeps focus) across reads.
      return list && buildTagCatalog(stableSummaries(list));
    });
  });
  return sharedCatalog;
}

const [followingLive, setFollowingLive] = createSignal(false);

/**
 * The sync is over and the catalog has read what it left: until then, a value computed from the
 * catalog may come from a read made during the sync, with only part of the posts.
 */
function catalogSettled(): boolean {
  return syncSettled() && followingLive();
}

/** While this tab's sync writes, how often the summaries are read again. */
export const SYNC_REFRESH_MS = 1500;

/**
 * Every stored summary, newest first: followed live, except while this tab's sync is writing.
 * The sync commits a batch every few hundred milliseconds, and re-reading every summary after
 * each one costs more than the sync itself on a large site (a hundred batches of 10,000 posts).
 * Meanwhile they are read again every SYNC_REFRESH_MS, and followed live once it is over.
 */
function createStoredSummaries(): Accessor<PostSummary[] | undefined> {
  const read = (db: FieldNotesDB) => db.summaries.orderBy('date').reverse().toArray();
  const syncing = createMemo(() => syncStatus().state === 'syncing');
  const live = createLiveQuery(() => {
    const db = database();
    return db && !syncing() ? () => read(db) : undefined;
  });
  // Whichever read is newest: the live one, or the last read during a sync.
  const [latest, setLatest] = createSignal<PostSummary[]>();
  createComputed(() => {
    if (syncing()) setFollowingLive(false);
  });
  createComputed(() => {
    const summaries = live();
    if (!summaries) return;
    setLatest(() => summaries);
    // Live queries run only outside a sync: this read is at least as new as the sync's end.
    setFollowingLive(true);
  });
  createEffect(() => {
    const db = database();
    if (!db || !syncing()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const refresh = async () => {
      const summaries = await read(db);
      if (stopped) return;
      setLatest(() => summaries);
      timer = setTimeout(() => void refresh(), SYNC_REFRESH_MS);
    };
    void refresh();
    onCleanup(() => {
      stopped = true;
      clearTimeout(timer);
    });
  });
  return latest;
}

/** Every stored post without its body, newest first. */
export function createPostSummaries(): Accessor<PostSummary[] | undefined> {
  const catalog = createCatalog();
  return () => catalog()?.summaries;
}

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

/** How many posts are stored for offline reading. */
export function createStoredPostCount(): Accessor<number | undefined> {
  const catalog = createCatalog();
  return () => catalog()?.slugs.length;
}

/** A post's neighbours: the posts either side of it by date, and those sharing its tags. */
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
