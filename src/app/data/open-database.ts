import Dexie from 'dexie';
import { DEFAULT_DB_NAME } from './database-name.ts';
import { FieldNotesDB } from './db.ts';
import { VISIT_KEY } from './visits.ts';

/** Whether reader data survives a reload, and if not, why. */
export type StorageMode =
  | { kind: 'indexeddb' }
  /** `storageFull`: IndexedDB worked, but the device had no room for the posts. */
  | { kind: 'memory'; reason: string; storageFull: boolean };

/** Opens the database, or one in memory if the browser refuses IndexedDB, so posts still read; `mode` says which. */
export async function openDatabase(name = DEFAULT_DB_NAME): Promise<{ db: FieldNotesDB; mode: StorageMode }> {
  try {
    // Named explicitly: after a fallback, Dexie's defaults point at the in-memory one.
    // Some browsers throw SecurityError from merely reading `indexedDB` when storage is blocked.
    const native = globalThis.indexedDB;
    if (!native) throw new DOMException('IndexedDB is not available in this browser', 'MissingAPIError');
    const db = new FieldNotesDB(name, { indexedDB: native, IDBKeyRange: globalThis.IDBKeyRange });
    await db.open();
    return { db, mode: { kind: 'indexeddb' } };
  } catch (error) {
    return { db: await openMemoryDatabase(name), mode: memoryMode(error) };
  }
}

/** The database in memory, for this visit only: what the page falls back to when IndexedDB fails it. */
export async function openMemoryDatabase(name = DEFAULT_DB_NAME): Promise<FieldNotesDB> {
  // Loaded only here: most readers never need it.
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  // A factory of its own: this database is the page's alone, never one an earlier fallback made.
  const indexedDB = new IDBFactory();
  shadowThrowingIndexedDB(indexedDB);
  // Dexie's liveQuery does nothing when it found no IndexedDB at load time; give it ours.
  Dexie.dependencies.indexedDB ??= indexedDB;
  Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
  const db = new FieldNotesDB(name, { indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

/** The tables that are this reader's: what they did, and when each post arrived for them (what marks it new). */
const READER_TABLES = ['bookmarks', 'bookmarkRemovals', 'readingState', 'readMarks', 'arrivals', 'settings'] as const;

/** The reader's own data (its tables and the visit), copied to the database taking over. */
export async function copyReaderData(from: FieldNotesDB, to: FieldNotesDB): Promise<void> {
  const rows = await Promise.all(READER_TABLES.map((table) => from.table(table).toArray()));
  const visit = await from.meta.get(VISIT_KEY);
  await to.transaction('rw', [...READER_TABLES, 'meta'], async () => {
    await Promise.all(READER_TABLES.map((table, index) => to.table(table).bulkPut(rows[index] ?? [])));
    if (visit) await to.meta.put(visit);
  });
}

/** The mode of a database in memory, from what IndexedDB failed with. */
export function memoryMode(error: unknown): StorageMode {
  const reason = describe(error);
  return { kind: 'memory', reason, storageFull: reason.includes('QuotaExceededError') };
}

/** Replaces a global `indexedDB` that throws when read: Dexie's open reads it again, which would fail the fallback. */
function shadowThrowingIndexedDB(replacement: IDBFactory): void {
  try {
    void globalThis.indexedDB;
  } catch {
    Object.defineProperty(globalThis, 'indexedDB', { value: replacement, configurable: true });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
