import type { Observable } from 'dexie';
import { indexUrl } from 'virtual:field-notes/content';
import { createSignal } from 'solid-js';
import { markMilestone } from '../milestones.ts';
import { nextTask } from '../next-task.ts';
import type { FieldNotesDB } from './db.ts';
import type { StorageMode } from './open-database.ts';
import { DEFAULT_DB_NAME } from './database-name.ts';
import { syncInWorker, SyncWorkerUnavailable } from './sync-in-worker.ts';
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

/**
 * Syncs this build's posts into the database and opens it for the page. Called once, after first
 * paint. The sync runs in a worker with a connection of its own (sync-in-worker.ts), so it starts
 * at once rather than after the page has loaded Dexie and opened the database.
 */
export async function startData(): Promise<void> {
  setSyncStatus({ state: 'syncing' });
  const stopWorker = new AbortController();
  const inWorker = syncInWorker({ databaseName: DEFAULT_DB_NAME, indexUrl }, reportProgress, stopWorker.signal);
  // Whichever way it ends, the outcome is read below: no rejection goes unhandled meanwhile.
  inWorker.catch(() => undefined);
  const { openDatabase, watchForClosure } = await loadDataLayer();
  // Evaluating Dexie and opening the database in tasks of their own: back to back they were one
  // 35-40 ms task in a Lighthouse trace of a post.
  await nextTask();
  const { db, mode } = await openDatabase();
  await nextTask();
  watchForClosure(db, () => setDatabaseLost(true));
  setStorageMode(mode);
  setDatabase(db);
  opened(db);
  // A database in memory is the page's alone: the worker's writes (if it could make any) are not
  // in it, and the page syncs it itself.
  if (mode.kind === 'memory') stopWorker.abort();
  await settleSyncStatus(mode.kind === 'memory' ? syncOnPage(db) : orOnPage(inWorker, db));
}

async function settleSyncStatus(sync: Promise<SyncResult>): Promise<void> {
  try {
    const result = await sync;
    markMilestone('posts-saved');
    setSyncStatus({ state: 'done', result });
  } catch (error) {
    setSyncStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The worker's sync, or the page's own when no worker could run it. */
async function orOnPage(inWorker: Promise<SyncResult>, db: FieldNotesDB): Promise<SyncResult> {
  try {
    return await inWorker;
  } catch (error) {
    if (!(error instanceof SyncWorkerUnavailable)) throw error;
    console.warn(`Syncing posts on the page: ${error.message}`);
    return syncOnPage(db);
  }
}

async function syncOnPage(db: FieldNotesDB): Promise<SyncResult> {
  const { syncPosts, networkSource } = await loadDataLayer();
  return syncPosts(db, networkSource(indexUrl), { onProgress: reportProgress });
}

function reportProgress(progress: SyncProgress): void {
  setSyncStatus({ state: 'syncing', progress });
}
