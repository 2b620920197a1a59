// Every stored post's summary, held in memory once for the whole app.
import { createComputed, createEffect, createMemo, createRoot, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import type { FieldNotesDB } from './db.ts';
import { createLiveQuery } from './live-query.ts';
import { database, syncSettled, syncStatus } from './runtime.ts';
import { stableSummaries } from './stable-summaries.ts';
import { buildTagCatalog, type TagCatalog } from './tag-catalog.ts';

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
export function catalogSettled(): boolean {
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

/** How many posts are stored for offline reading. */
export function createStoredPostCount(): Accessor<number | undefined> {
  const catalog = createCatalog();
  return () => catalog()?.slugs.length;
}
