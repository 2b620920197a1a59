// No 'fake-indexeddb/auto' here: each test decides what IndexedDB the "browser" has.
import Dexie, { liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange as FakeIDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldNotesDB } from '../../../src/app/data/db.ts';
import { openDatabase } from '../../../src/app/data/open-database.ts';
import { syncPosts } from '../../../src/app/data/sync.ts';
import { makePost, makeSource } from './fixtures.ts';

type Globals = { indexedDB?: unknown; IDBKeyRange?: unknown };

const globals = globalThis as Globals;
const saved = {
  indexedDB: Object.getOwnPropertyDescriptor(globalThis, 'indexedDB'),
  IDBKeyRange: Object.getOwnPropertyDescriptor(globalThis, 'IDBKeyRange'),
  dexie: { ...Dexie.dependencies },
};

/**
 * Gives the "browser" this IndexedDB, or none. Dexie copies `globalThis.indexedDB` into
 * `Dexie.dependencies` once, when its module loads (liveQuery relies on it), so both are set,
 * as a page loaded in that browser would have them.
 */
function installIndexedDB(factory: unknown, keyRange: unknown): void {
  for (const [key, value] of [
    ['indexedDB', factory],
    ['IDBKeyRange', keyRange],
  ] as const) {
    if (value === undefined) delete globals[key];
    else Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
  Object.assign(Dexie.dependencies, { indexedDB: factory, IDBKeyRange: keyRange });
}

function restoreGlobals(): void {
  for (const key of ['indexedDB', 'IDBKeyRange'] as const) {
    const descriptor = saved[key];
    if (descriptor) Object.defineProperty(globalThis, key, descriptor);
    else delete globals[key];
  }
  Object.assign(Dexie.dependencies, saved.dexie);
}

/** An IndexedDB whose open() is refused, as with storage blocked by the browser's settings. */
const refusingIndexedDB = {
  open(): never {
    throw new DOMException('denied', 'SecurityError');
  },
};

const posts = [makePost('alpha'), makePost('beta', { tags: ['ebpf'] })];

let name: string;
let opened: FieldNotesDB[] = [];

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
});

afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
  restoreGlobals();
});

async function open(dbName = name): ReturnType<typeof openDatabase> {
  const result = await openDatabase(dbName);
  opened.push(result.db);
  return result;
}

/** The values a live query emits until it has emitted `count` of them. */
function firstValues<T>(query: () => Promise<T>, count: number, afterFirst: () => Promise<unknown>): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const values: T[] = [];
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        values.push(value);
        if (values.length === 1) afterFirst().catch(reject);
        if (values.length === count) {
          subscription.unsubscribe();
          resolve(values);
        }
      },
      error: reject,
    });
  });
}

describe('openDatabase when the browser has no IndexedDB', () => {
  beforeEach(() => {
    installIndexedDB(undefined, undefined);
  });

  it('falls back to memory and says why', async () => {
    expect(globals.indexedDB).toBeUndefined();

    const { db, mode } = await open();

    expect(mode.kind).toBe('memory');
    expect(mode.kind === 'memory' ? mode.reason : '').toContain('MissingAPIError');
    expect(db.isOpen()).toBe(true);
  });

  it('returns a database that sync can fill and posts can be read from', async () => {
    const { db } = await open();

    const result = await syncPosts(db, makeSource('v1', posts));

    expect(result).toEqual({ version: 'v1', added: 2, updated: 0, removed: 0, total: 2 });
    expect(await db.posts.orderBy('slug').toArray()).toEqual(posts);
    expect(await db.summaries.where('tags').equals('ebpf').primaryKeys()).toEqual(['beta']);
  });

  it('returns a database whose live queries see writes', async () => {
    const { db } = await open();

    const counts = await firstValues(
      () => db.posts.count(),
      2,
      () => syncPosts(db, makeSource('v1', posts)),
    );

    expect(counts).toEqual([0, 2]);
  });

  it('still reports memory mode when opened a second time', async () => {
    await open();

    const second = await open(`${name}-again`);

    expect(second.mode.kind).toBe('memory');
  });
});

describe('openDatabase when the browser refuses to open IndexedDB (SecurityError)', () => {
  beforeEach(() => {
    installIndexedDB(refusingIndexedDB, FakeIDBKeyRange);
  });

  it('falls back to memory and names the SecurityError in the reason', async () => {
    const { db, mode } = await open();

    expect(mode.kind).toBe('memory');
    expect(mode.kind === 'memory' ? mode.reason : '').toContain('SecurityError');
    expect(db.isOpen()).toBe(true);
  });

  it('returns a database that sync can fill and posts can be read from', async () => {
    const { db } = await open();

    await syncPosts(db, makeSource('v1', posts));

    expect(await db.posts.orderBy('slug').toArray()).toEqual(posts);
  });

  it('keeps bookmarks for the visit in memory mode', async () => {
    const { db } = await open();

    await db.bookmarks.put({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 1 });

    expect(await db.bookmarks.get('alpha')).toEqual({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 1 });
  });
});

describe('openDatabase when IndexedDB works', () => {
  let browserIndexedDB: IDBFactory;

  beforeEach(() => {
    browserIndexedDB = new IDBFactory();
    installIndexedDB(browserIndexedDB, FakeIDBKeyRange);
  });

  it('uses IndexedDB', async () => {
    const { db, mode } = await open();

    expect(mode).toEqual({ kind: 'indexeddb' });
    expect(db.isOpen()).toBe(true);
  });

  it('stores the database in the browser IndexedDB, not in the memory fallback', async () => {
    await open();

    expect((await browserIndexedDB.databases()).map((info) => info.name)).toEqual([name]);
  });
});

describe('openDatabase when a newer version of the site upgraded the database', () => {
  let browserIndexedDB: IDBFactory;

  beforeEach(async () => {
    browserIndexedDB = new IDBFactory();
    installIndexedDB(browserIndexedDB, FakeIDBKeyRange);
    // What a newer build's Dexie leaves: our tables, at a version this build does not know.
    const newer = new Dexie(name, { indexedDB: browserIndexedDB, IDBKeyRange: FakeIDBKeyRange });
    newer.version(20).stores({
      posts: 'slug',
      summaries: 'slug, date, *tags',
      bookmarks: 'slug, bookmarkedAt',
      readingState: 'slug, updatedAt',
      settings: 'key',
      meta: 'key',
      readMarks: 'slug, changedAt',
      arrivals: 'slug, arrivedAt',
      bookmarkRemovals: 'slug, removedAt',
    });
    await newer.open();
    await newer.table('bookmarks').put({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 1 });
    newer.close();
  });

  it('reads from memory with the reader’s bookmarks copied, says why, and leaves the newer database untouched', async () => {
    const { db, mode } = await open();

    expect(mode).toMatchObject({ kind: 'memory', cause: 'newer-version' });
    expect(await db.bookmarks.get('alpha')).toMatchObject({ title: 'Title of alpha' });
    await db.bookmarks.put({ slug: 'beta', title: 'Title of beta', bookmarkedAt: 2 });

    const newer = new Dexie(name, { indexedDB: browserIndexedDB, IDBKeyRange: FakeIDBKeyRange });
    await newer.open();
    try {
      expect(newer.verno).toBe(20);
      expect(await newer.table('bookmarks').toCollection().primaryKeys()).toEqual(['alpha']);
    } finally {
      newer.close();
    }
  });
});
