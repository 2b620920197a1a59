import Dexie from 'dexie';
import { DEFAULT_DB_NAME } from './database-name.ts';
import { FieldNotesDB } from './db.ts';

/** Whether reader data survives a reload, and if not, why. */
export type StorageMode = { kind: 'indexeddb' } | { kind: 'memory'; reason: string };

/**
 * Opens the database. When the browser refuses IndexedDB (private modes, storage disabled,
 * quota, a lost connection), falls back to an in-memory IndexedDB so every post still reads
 * through the same code; only keeping things across reloads is lost, and the mode says so.
 */
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
    // Loaded only here: most readers never need it.
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    shadowThrowingIndexedDB(indexedDB);
    // Dexie's liveQuery does nothing when it found no IndexedDB at load time; give it ours.
    Dexie.dependencies.indexedDB ??= indexedDB;
    Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
    const db = new FieldNotesDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    return { db, mode: { kind: 'memory', reason: describe(error) } };
  }
}

/**
 * Dexie's open reads the global `indexedDB` again; where reading it throws, the global is
 * replaced by the in-memory one so that read cannot fail the fallback too.
 */
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
