import Dexie from 'dexie';
import { DEFAULT_DB_NAME } from './database-name.ts';
import { FieldNotesDB, openedByNewerVersion } from './db.ts';
import { VISIT_KEY } from './visits.ts';

/** Why the page keeps its data in memory: IndexedDB refused, the device had no room, or a newer version owns it. */
export type MemoryCause = 'refused' | 'storage-full' | 'newer-version';

/** Whether reader data survives a reload, and if not, why (`reason` is the browser's own words). */
export type StorageMode = { kind: 'indexeddb' } | { kind: 'memory'; reason: string; cause: MemoryCause };

/** Opens the database, or one in memory if the browser refuses IndexedDB, so posts still read; `mode` says which. */
export async function openDatabase(name = DEFAULT_DB_NAME): Promise<{ db: FieldNotesDB; mode: StorageMode }> {
  try {
    // Named explicitly: after a fallback, Dexie's defaults point at the in-memory one.
    // Some browsers throw SecurityError from merely reading `indexedDB` when storage is blocked.
    const native = globalThis.indexedDB;
    if (!native) throw new DOMException('IndexedDB is not available in this browser', 'MissingAPIError');
    const db = new FieldNotesDB(name, { indexedDB: native, IDBKeyRange: globalThis.IDBKeyRange });
    await db.open();
    if (openedByNewerVersion(db)) return { db: await stepAsideForNewerVersion(db), mode: NEWER_VERSION_MODE };
    return { db, mode: { kind: 'indexeddb' } };
  } catch (error) {
    return { db: await openMemoryDatabase(name), mode: memoryMode(error) };
  }
}

const NEWER_VERSION_MODE: StorageMode = {
  kind: 'memory',
  reason: 'The database was upgraded by a newer version of the site',
  cause: 'newer-version',
};

/**
 * A newer version of the site upgraded the database (Dexie opens it rather than failing): this older code must not
 * write into a schema it does not know. The reader's data is copied into memory where the newer schema still has
 * it, so their bookmarks still show; then the database is closed, so as never to block the newer version.
 */
async function stepAsideForNewerVersion(newer: FieldNotesDB): Promise<FieldNotesDB> {
  const memory = await openMemoryDatabase(newer.name);
  await copyReaderData(newer, memory).catch((error: unknown) =>
    console.warn('The newer version’s reader data could not be read', error),
  );
  newer.close();
  return memory;
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
  return { kind: 'memory', reason, cause: reason.includes('QuotaExceededError') ? 'storage-full' : 'refused' };
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
