import { liveQuery } from 'dexie';
import { createEffect, createMemo, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import type { Post, PostSummary } from '../../shared/post.ts';
import { toSummary } from '../../shared/post.ts';
import type { Bookmark, FieldNotesDB, ReadingState } from './db.ts';
import { listBookmarks } from './bookmarks.ts';
import { bookmarksView, type BookmarksView } from './bookmark-view.ts';
import { listTags } from './tags.ts';
import {
  loadSummaries,
  readTagCatalog,
  selectByTags,
  type TagCatalog,
  type TagFilterResult,
  type TagSelection,
} from './tag-catalog.ts';
import { readingPosition } from './reading-state.ts';
import { adjacentPosts, relatedPosts, type AdjacentPosts } from './related-posts.ts';
import { database, syncStatus } from './runtime.ts';
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
    if (!querier) return;
    const subscription = liveQuery(querier).subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => console.error('Live query failed', error),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return value;
}

/** The open database, as a query reads it: `database`, or a gated view of it (see `withSeed`). */
type DatabaseAccessor = Accessor<FieldNotesDB | undefined>;

/**
 * A query that starts from the value its page was prerendered with (see prerender/seeds.ts).
 * IndexedDB holds none of the posts on a first visit, and until this build's sync is over it
 * may hold part of them or an older set, so the live query (made by `createLive` over the
 * database it is given) starts only once the sync has settled: hydration never swaps the page
 * for an empty or stale list. Once the inputs move on (a new tag selection, another post) the
 * seed no longer applies and the live query reads whatever is stored.
 */
function withSeed<T>(
  seedFor: () => Seed<T>,
  createLive: (db: DatabaseAccessor) => Accessor<T | undefined>,
): Accessor<T | undefined> {
  const first = untrack(seedFor);
  const initial = seedValue(first);
  if (initial === undefined) return createLive(database);
  const stillSeeded = () => seedFor().key === first.key;
  const live = createLive(() => (stillSeeded() && !contentSettled() ? undefined : database()));
  return () => {
    const current = live();
    return current === undefined && stillSeeded() ? initial : current;
  };
}

function contentSettled(): boolean {
  const { state } = syncStatus();
  return state === 'done' || state === 'failed';
}

function withDatabase<T>(
  query: (db: FieldNotesDB) => Promise<T>,
  from: DatabaseAccessor = database,
): Accessor<T | undefined> {
  return createLiveQuery(() => {
    const db = from();
    return db ? () => query(db) : undefined;
  });
}

/** Every stored post without its body, newest first. */
export function createPostSummaries(): Accessor<PostSummary[] | undefined> {
  return withDatabase(async (db) => (await db.posts.orderBy('date').reverse().toArray()).map(toSummary));
}

/** One post with its body; null once it is known not to be stored. */
export function createPost(slug: Accessor<string>): Accessor<Post | null | undefined> {
  return withSeed(
    () => postSeed(slug()),
    (from) =>
      createLiveQuery(() => {
        const db = from();
        const key = slug();
        return db ? async () => (await db.posts.get(key)) ?? null : undefined;
      }),
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
  return withDatabase((db) => db.posts.count());
}

/** A post's neighbours: the posts either side of it by date, and those sharing its tags. */
export interface PostNeighbours {
  adjacent: AdjacentPosts;
  related: PostSummary[];
}

/** Previous/next and related posts of one post, from a single read of the stored posts. */
export function createPostNeighbours(slug: Accessor<string>): Accessor<PostNeighbours | undefined> {
  return withSeed(
    () => neighboursSeed(slug()),
    (from) => neighboursOf(slug, from),
  );
}

function neighboursOf(slug: Accessor<string>, from: DatabaseAccessor): Accessor<PostNeighbours | undefined> {
  return createLiveQuery(() => {
    const db = from();
    const key = slug();
    return db
      ? async () => {
          const all = (await db.posts.toArray()).map(toSummary);
          const post = all.find((candidate) => candidate.slug === key);
          return { adjacent: adjacentPosts({ slug: key }, all), related: post ? relatedPosts(post, all) : [] };
        }
      : undefined;
  });
}

/** Which posts carry which tags, from index keys; re-read only when posts change, never per selection. */
export function createTagCatalog(from: DatabaseAccessor = database): Accessor<TagCatalog | undefined> {
  return withDatabase(readTagCatalog, from);
}

/**
 * Posts carrying every selected tag, newest first, with the chips that narrow them further. The
 * selection is computed in memory from the catalog; only the first `limit` posts are loaded, and
 * the result (list, count and chips together) comes once they are.
 */
export function createTagFilter(
  selected: Accessor<string[]>,
  limit: Accessor<number>,
): Accessor<TagFilterResult | undefined> {
  const result = withSeed(
    () => tagFilterSeed(selected(), limit()),
    (from) => tagFilterOf(selected, limit, from),
  );
  return createMemo(() => {
    const current = result();
    return current && { ...current, posts: stableSummaries(current.posts) };
  });
}

function tagFilterOf(
  selected: Accessor<string[]>,
  limit: Accessor<number>,
  from: DatabaseAccessor,
): Accessor<TagFilterResult | undefined> {
  const catalog = createTagCatalog(from);
  const selection = createMemo(() => {
    const current = catalog();
    return current && selectByTags(current, selected());
  });
  // Not a live query of its own: liveQuery starts each subscription a timer tick later, which is
  // too slow for every key press, and the catalog already changes whenever any post does.
  return createLoadedQuery(() => {
    const db = from();
    const chosen = selection();
    return db && chosen ? firstPosts(db, chosen, limit()) : undefined;
  });
}

/**
 * Runs `source`'s querier once whenever its inputs change and holds its latest result; a result
 * that arrives after the inputs moved on is dropped. Only for reads whose inputs are themselves live.
 */
function createLoadedQuery<T>(source: () => (() => Promise<T>) | undefined): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  createEffect(() => {
    const querier = source();
    if (!querier) return;
    let current = true;
    onCleanup(() => (current = false));
    querier().then(
      (result) => current && setValue(() => result),
      (error: unknown) => current && console.error('Query failed', error),
    );
  });
  return value;
}

/** The querier for a selection with summaries of its first `limit` posts. */
function firstPosts(db: FieldNotesDB, selection: TagSelection, limit: number): () => Promise<TagFilterResult> {
  return async () => ({ ...selection, posts: await loadSummaries(db, selection.slugs.slice(0, limit)) });
}

/** Every tag with its post count, most used first. */
export function createTagList(): Accessor<{ tag: string; total: number }[] | undefined> {
  return withSeed(tagListSeed, (from) => withDatabase(listTags, from));
}

/** How many posts are bookmarked, for the header. */
export function createBookmarkCount(): Accessor<number | undefined> {
  return withDatabase((db) => db.bookmarks.count());
}

/** The bookmarks page: bookmarked posts filtered by tag, and those no longer published. */
export function createBookmarksView(selected: Accessor<string[]>): Accessor<BookmarksView | undefined> {
  return createLiveQuery(() => {
    const db = database();
    const tags = selected();
    return db ? () => bookmarksView(db, tags) : undefined;
  });
}
