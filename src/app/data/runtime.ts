import type { Observable } from 'dexie';
import { createSignal } from 'solid-js';
import { nextTask } from '../next-task.ts';
import type { FieldNotesDB } from './db.ts';
import type { StorageMode } from './open-database.ts';
import type { SyncProgress, SyncResult } from './sync.ts';

type DataLayer = typeof import('./data-layer.ts');

/** Where the sync of this build's posts into the database stands. */
export type SyncStatus =
  | { state: 'pending' }
  | { state: 'syncing'; progress?: SyncProgress }
  | { state: 'done'; result: SyncResult }
  | { state: 'failed'; message: string };

const [database, setDatabase] = createSignal<FieldNotesDB>();
const [storageMode, setStorageMode] = createSignal<StorageMode>();
const [syncStatus, setSyncStatus] = createSignal<SyncStatus>({ state: 'pending' });
const [databaseLost, setDatabaseLost] = createSignal(false);

/** The open database, once start-up has opened it. */
export { database };
/** Whether reader data is kept (IndexedDB) or only held for this visit (memory). */
export { storageMode };
/** Progress of the post sync. */
export { syncStatus };
/** True when the database was closed underneath us and the page must be reloaded. */
export { databaseLost };

/** This visit's sync is over (done or failed): what is stored now is all there will be for a while. */
export function syncSettled(): boolean {
  const { state } = syncStatus();
  return state === 'done' || state === 'failed';
}

let layer: DataLayer | undefined;

/**
 * Dexie's live query of `querier`: an observable that re-runs it whenever what it read changes,
 * in this tab or any other. Undefined until the database is open (see `database`).
 */
export function observe<T>(querier: () => Promise<T>): Observable<T> | undefined {
  return layer?.liveQuery(querier);
}

/** Loads the Dexie half of the data layer (see data-layer.ts); live queries run from then on. */
export async function loadDataLayer(): Promise<DataLayer> {
  layer ??= await import('./data-layer.ts');
  return layer;
}

let opened: (db: FieldNotesDB) => void;
const databaseOpened = new Promise<FieldNotesDB>((resolve) => (opened = resolve));

/**
 * The database once start-up has opened it. A prerendered page can be read, and scrolled, before
 * then: a write made that early waits for it instead of being lost.
 */
export function whenDatabaseOpen(): Promise<FieldNotesDB> {
  return databaseOpened;
}

/** Opens the database and syncs this build's posts into it. Called once, after first paint. */
export async function startData(): Promise<void> {
  const { openDatabase, watchForClosure } = await loadDataLayer();
  // Each step in a task of its own: evaluating Dexie, opening the database and the sync's first
  // reads otherwise ran back to back, one 35-40 ms task in a Lighthouse trace of a post.
  await nextTask();
  const { db, mode } = await openDatabase();
  await nextTask();
  watchForClosure(db, () => setDatabaseLost(true));
  setStorageMode(mode);
  setDatabase(db);
  opened(db);
  await runSync(db);
}

/** Runs the post sync again, e.g. after coming back online. */
export async function resync(): Promise<void> {
  const db = database();
  if (db) await runSync(db);
}

async function runSync(db: FieldNotesDB): Promise<void> {
  const { syncPosts, networkSource } = await loadDataLayer();
  setSyncStatus({ state: 'syncing' });
  try {
    const onProgress = (progress: SyncProgress) => setSyncStatus({ state: 'syncing', progress });
    setSyncStatus({ state: 'done', result: await syncPosts(db, networkSource, { onProgress }) });
  } catch (error) {
    setSyncStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
