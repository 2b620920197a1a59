// Every stored post's summary, held in memory once for the whole app.
import { createComputed, createEffect, createMemo, createRoot, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import type { FieldNotesDB } from './db.ts';
import { createLiveQuery } from './live-query.ts';
import { database, syncSettled, syncStatus } from './runtime.ts';
import { stableSummaries } from './stable-summaries.ts';
import { buildTagCatalog, type TagCatalog } from './tag-catalog.ts';

let sharedCatalog: Accessor<TagCatalog | undefined> | undefined;

/** Every stored post's summary as a catalog, one live query for the whole app; tag selections read no IndexedDB. */
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

/** Whether the sync is over and the catalog has read what it left; until then a value from it may miss some posts. */
export function catalogSettled(): boolean {
  return syncSettled() && followingLive();
}

/** While this tab's sync writes, how often the summaries are read again. */
export const SYNC_REFRESH_MS = 1500;

/**
 * Every stored summary, newest first: followed live, but re-read every SYNC_REFRESH_MS while this tab's sync
 * writes, as re-reading them after each of its batches costs more than the sync itself on a large site.
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
