// The data's whole start-up in one module, top to bottom: the sync, the page's database, and what they tell the page.
import type { Observable } from 'dexie';
import { indexUrl } from 'virtual:field-notes/content';
import { createSignal } from 'solid-js';
import { markMilestone } from '../milestones.ts';
import { nextTask } from '../next-task.ts';
import type { FieldNotesDB } from './db.ts';
import type { DatabaseLoss } from './database-closure.ts';
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
const [databaseLost, setDatabaseLost] = createSignal<DatabaseLoss>();

/** The open database, once start-up has opened it. */
export { database };
/** Whether reader data is kept (IndexedDB) or only held for this visit (memory). */
export { storageMode };
/** Progress of the post sync. */
export { syncStatus };
/** Why the database was closed underneath the page, which must then be reloaded to save again; else undefined. */
export { databaseLost };

/** This visit's sync is over (done or failed): what is stored now is all there will be for a while. */
export function syncSettled(): boolean {
  const { state } = syncStatus();
  return state === 'done' || state === 'failed';
}

let layer: DataLayer | undefined;

/** Dexie's live query of `querier`, re-run when what it read changes in any tab; undefined before the layer loads. */
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

/** The database once opened, so a write made earlier on a prerendered page waits for it instead of being lost. */
export function whenDatabaseOpen(): Promise<FieldNotesDB> {
  return databaseOpened;
}

/** The most the page's database waits for `startData`'s `after`, slow on a large site, while bookmark buttons stay off. */
export const PAGE_DATABASE_WAIT_MS = 1000;

/** Syncs this build's posts into the database and opens it for the page; called once, after first paint. */
export async function startData({ after }: { after?: Promise<unknown> } = {}): Promise<void> {
  setSyncStatus({ state: 'syncing' });
  const stopWorker = new AbortController();
  // In a worker with its own connection, so the sync starts at once, not after the page has loaded Dexie.
  const inWorker = syncInWorker({ databaseName: DEFAULT_DB_NAME, indexUrl }, reportProgress, stopWorker.signal);
  const viaWorker = settleFromWorker(inWorker, stopWorker.signal);
  // main.tsx passes the first install of the service worker: on few cores the page's database competes with it,
  // and the install is the last thing "ready to read offline" waits for (bench/README.md).
  if (after) await Promise.race([after.catch(() => undefined), delay(PAGE_DATABASE_WAIT_MS)]);
  try {
    await openPageDatabase(stopWorker);
  } catch (error) {
    // Most often the data layer's chunk could not load because the connection went.
    setSyncStatus(
      navigator.onLine ? failed(error) : { state: 'failed', message: 'you went offline before it finished' },
    );
    return;
  }
  const db = await whenDatabaseOpen();
  const mode = storageMode();
  const outcome = await viaWorker;
  if (mode?.kind === 'memory' && outcome === 'done') {
    // The worker has said the posts are saved: the page fills its own copy without saying so again.
    await syncOnPage(db).catch((error: unknown) => setSyncStatus(failed(error)));
    return;
  }
  const failure =
    mode?.kind === 'memory' || outcome === 'not run'
      ? await syncOnPage(db, reportProgress).then(reportDone, (error: unknown) => error)
      : outcome === 'done'
        ? undefined
        : outcome.failed;
  if (failure === undefined) return;
  if (failure instanceof Error && failure.name === 'StorageWriteError' && mode?.kind === 'indexeddb') {
    await keepPostsInMemory(db, failure);
  } else {
    setSyncStatus(failed(failure));
  }
}

/** Syncs the posts again on the page, for "Save everything now" after a sync that did not finish. */
export async function syncAgain(): Promise<void> {
  const db = await whenDatabaseOpen();
  setSyncStatus({ state: 'syncing' });
  await syncOnPage(db, reportProgress).then(reportDone, (error: unknown) => setSyncStatus(failed(error)));
}

/**
 * IndexedDB refused the posts (storage full, most often): the page moves to a database in memory with the reader's
 * own data, so every list still shows every post, and the notices say nothing is kept.
 */
async function keepPostsInMemory(persistent: FieldNotesDB, failure: Error): Promise<void> {
  try {
    const { copyReaderData, memoryMode, openMemoryDatabase } = await loadDataLayer();
    const memory = await openMemoryDatabase();
    await copyReaderData(persistent, memory);
    setStorageMode(memoryMode(failure));
    setDatabase(memory);
    reportDone(await syncOnPage(memory, reportProgress));
  } catch (error) {
    setSyncStatus(failed(error));
  }
}

/** Loads Dexie, opens the page's own connection and publishes it; stops the worker for a database in memory. */
async function openPageDatabase(stopWorker: AbortController): Promise<void> {
  const { openDatabase, watchForClosure } = await loadDataLayer();
  // Evaluating Dexie and opening the database in tasks of their own: back to back they make one
  // long task (bench/README.md).
  await nextTask();
  const { db, mode } = await openDatabase();
  await nextTask();
  watchForClosure(db, setDatabaseLost);
  setStorageMode(mode);
  setDatabase(db);
  opened(db);
  markMilestone('page-database-open');
  // A database in memory is the page's alone: whatever the worker wrote is not in it.
  if (mode.kind === 'memory') stopWorker.abort();
}

/** Makes a worker's success the sync's status at once; 'not run' when no worker ran it or the page stopped it. */
async function settleFromWorker(
  inWorker: Promise<SyncResult>,
  stopped: AbortSignal,
): Promise<'done' | 'not run' | { failed: unknown }> {
  try {
    reportDone(await inWorker);
    return 'done';
  } catch (error) {
    if (stopped.aborted) return 'not run';
    if (error instanceof SyncWorkerUnavailable) {
      console.warn(`Syncing posts on the page: ${error.message}`);
      return 'not run';
    }
    return { failed: error };
  }
}

function reportDone(result: SyncResult): void {
  markMilestone('posts-saved');
  setSyncStatus({ state: 'done', result });
}

function failed(error: unknown): SyncStatus {
  return { state: 'failed', message: error instanceof Error ? error.message : String(error) };
}

async function syncOnPage(db: FieldNotesDB, onProgress?: (progress: SyncProgress) => void): Promise<SyncResult> {
  const { syncPosts, networkSource } = await loadDataLayer();
  return syncPosts(db, networkSource(indexUrl), { onProgress });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function reportProgress(progress: SyncProgress): void {
  setSyncStatus({ state: 'syncing', progress });
}
