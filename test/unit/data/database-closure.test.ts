import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { watchForClosure, type DatabaseLoss } from '../../../src/app/data/database-closure.ts';

let db: FieldNotesDB;
let onLost: ReturnType<typeof vi.fn<(loss: DatabaseLoss) => void>>;

beforeEach(async () => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  onLost = vi.fn<(loss: DatabaseLoss) => void>();
  watchForClosure(db, onLost);
  await db.open();
  await db.bookmarks.put({ slug: 'kept', title: 'Kept', bookmarkedAt: 1 });
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

/** What the browser does when it loses its connection to the IndexedDB server. */
function dropConnection(): void {
  const connection = db.backendDB();
  connection.close();
  fireClose(connection);
}

// fake-indexeddb never loses its connection by itself, so call the handler the browser would.
function fireClose(connection: IDBDatabase): void {
  connection.onclose?.call(connection, new Event('close'));
}

/** Resolves once `check` holds, polling on the event loop. */
async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe('watchForClosure', () => {
  it('reopens after the connection to the IndexedDB server is lost, and the data reads again', async () => {
    const before = db.backendDB();
    dropConnection();

    await eventually(() => db.isOpen() && db.backendDB() !== before);
    expect(await db.bookmarks.get('kept')).toMatchObject({ title: 'Kept' });
    expect(onLost).not.toHaveBeenCalled();
  });

  it('asks for a reload when the lost connection cannot be reopened', async () => {
    // Safari, for one, refuses every open until the page reloads once its IndexedDB server crashed.
    const factory = Dexie.dependencies.indexedDB;
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException(
        'Connection to Indexed Database server lost. Refresh the page to try again',
        'UnknownError',
      );
    });

    dropConnection();

    await eventually(() => onLost.mock.calls.length > 0);
    expect(db.isOpen()).toBe(false);
    // The database is still there: the browser's storage failed, not the site's data cleared.
    expect(onLost).toHaveBeenCalledWith('connection-lost');
    // The failed open fires `close` again; that must not start a loop of retries.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onLost).toHaveBeenCalledTimes(1);
  });

  it('closes at once for a newer schema from another tab, without blocking its upgrade', async () => {
    const newer = new Dexie(db.name);
    newer.version(20).stores({ bookmarks: 'slug, bookmarkedAt', notes: 'id' });

    await newer.open();

    expect(onLost).toHaveBeenCalledTimes(1);
    expect(onLost).toHaveBeenCalledWith('newer-version');
    expect(db.isOpen()).toBe(false);
    expect(await newer.table('bookmarks').get('kept')).toMatchObject({ title: 'Kept' });
    newer.close();
    // No reopen attempt follows: ours is now the older schema.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(db.isOpen()).toBe(false);
  });

  it('asks for a reload, and closes, when a newer version upgraded the schema before this page opened it', async () => {
    db.close();
    const newer = new Dexie(db.name);
    newer.version(20).stores({ bookmarks: 'slug, bookmarkedAt', notes: 'id' });
    await newer.open();
    newer.close();

    // Dexie opens the newer schema as it is rather than failing: only the version tells.
    const older = new FieldNotesDB(db.name);
    const olderLost = vi.fn<() => void>();
    watchForClosure(older, olderLost);
    await older.open();

    await eventually(() => olderLost.mock.calls.length > 0);
    expect(older.isOpen()).toBe(false);
    expect(olderLost).toHaveBeenCalledTimes(1);
    await newer.open();
    expect(await newer.table('bookmarks').get('kept')).toMatchObject({ title: 'Kept' });
    newer.close();
  });

  it('notices a newer schema when watching starts after the open, as the app does', async () => {
    db.close();
    const newer = new Dexie(db.name);
    newer.version(20).stores({ bookmarks: 'slug, bookmarkedAt' });
    await newer.open();
    newer.close();

    const older = new FieldNotesDB(db.name);
    await older.open();
    const olderLost = vi.fn<() => void>();
    watchForClosure(older, olderLost);

    await eventually(() => olderLost.mock.calls.length > 0);
    expect(older.isOpen()).toBe(false);
  });

  it('says the site’s data was cleared when another connection deletes the database', async () => {
    await Dexie.delete(db.name);

    expect(onLost).toHaveBeenCalledWith('cleared');
    expect(db.isOpen()).toBe(false);
  });

  it('says the site’s data was cleared when the lost connection reopens onto a database made anew', async () => {
    const connection = db.backendDB();
    connection.close();
    // The browser deletes the data, then the page's reopen finds nothing and creates it empty.
    const deleted = Dexie.delete(db.name);
    fireClose(connection);
    await deleted;

    await eventually(() => onLost.mock.calls.length > 0);
    expect(onLost).toHaveBeenCalledWith('cleared');
    expect(db.isOpen()).toBe(false);
  });

  it('keeps a database of its own version open, even one Dexie patched with a missing index', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(db.isOpen()).toBe(true);

    // Our version 4, installed without one of its indexes: Dexie adds it as native version 41.
    const name = `test-${crypto.randomUUID()}`;
    const lacking = new Dexie(name);
    lacking.version(4).stores({
      posts: 'slug',
      summaries: 'slug, date',
      bookmarks: 'slug, bookmarkedAt',
      readingState: 'slug, updatedAt',
      settings: 'key',
      meta: 'key',
      readMarks: 'slug, changedAt',
      arrivals: 'slug, arrivedAt',
      bookmarkRemovals: 'slug, removedAt',
    });
    await lacking.open();
    lacking.close();
    const ours = new FieldNotesDB(name);
    const oursLost = vi.fn<() => void>();
    watchForClosure(ours, oursLost);
    await ours.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ours.backendDB().version).toBe(41);
    expect(ours.isOpen()).toBe(true);
    expect(oursLost).not.toHaveBeenCalled();
    ours.close();
    await Dexie.delete(name);
  });
});
