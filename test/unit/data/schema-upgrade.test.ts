import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FieldNotesDB,
  type Arrival,
  type Bookmark,
  type Meta,
  type ReadingState,
  type ReadMark,
  type Setting,
} from '../../../src/app/data/db.ts';
import { listBookmarks, removeBookmark } from '../../../src/app/data/bookmarks.ts';
import { readingPosition } from '../../../src/app/data/reading-state.ts';
import { storedContentVersion, syncPosts } from '../../../src/app/data/sync.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { makePost, makeSource } from './fixtures.ts';

/**
 * The schema that shipped as version 1, frozen here on purpose. Never edit it to follow
 * FieldNotesDB: real readers have databases created by exactly this, and whatever versions
 * FieldNotesDB declares later must open them without losing a row.
 */
const SHIPPED_V1_STORES = {
  posts: 'slug, date, *tags',
  bookmarks: 'slug, bookmarkedAt',
  readingState: 'slug, updatedAt',
  settings: 'key',
  meta: 'key',
} as const;

/** The schema that shipped as version 2 (v1's tables, posts re-keyed, summaries added), frozen likewise. */
const SHIPPED_V2_STORES = { ...SHIPPED_V1_STORES, posts: 'slug', summaries: 'slug, date, *tags' } as const;

/** The schema that shipped as version 3 (v2's tables, read marks and arrivals added), frozen likewise. */
const SHIPPED_V3_STORES = { ...SHIPPED_V2_STORES, readMarks: 'slug, changedAt', arrivals: 'slug, arrivedAt' } as const;

const posts = [
  makePost('austin-recap', { tags: ['kubernetes', 'community'], date: '2025-11-14T09:00:00.000Z' }),
  makePost('service-mesh-notes', { tags: ['service-mesh', 'kubernetes'], date: '2025-11-12T09:00:00.000Z' }),
];
const bookmarks: Bookmark[] = [
  { slug: 'austin-recap', title: 'Title of austin-recap', bookmarkedAt: 2_000 },
  // The post is gone but the bookmark is kept, as it is for real readers.
  { slug: 'unpublished-post', title: 'A post that was taken down', bookmarkedAt: 1_000 },
];
const readingStates: ReadingState[] = [
  { slug: 'service-mesh-notes', anchor: 'sidecars', progress: 0.5, updatedAt: 3_000 },
];
const settings: Setting[] = [
  { key: 'theme', value: 'dark' },
  { key: 'fontScale', value: { step: 2, serif: true } },
];
const meta: Meta[] = [{ key: 'contentVersion', value: 'content-v1' }];

let name: string;
let db: FieldNotesDB | undefined;

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
});

afterEach(async () => {
  if (db) await db.delete();
  else await Dexie.delete(name);
  db = undefined;
});

/** What an older client left behind: a database made by the shipped v1 schema, with data. */
async function createDatabaseAsOldClient(): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SHIPPED_V1_STORES);
  await old.open();
  await old.table('posts').bulkAdd(posts);
  await old.table('bookmarks').bulkAdd(bookmarks);
  await old.table('readingState').bulkAdd(readingStates);
  await old.table('settings').bulkAdd(settings);
  await old.table('meta').bulkAdd(meta);
  old.close();
}

describe('FieldNotesDB opening a database created by the shipped v1 schema', () => {
  it('opens it without error', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);

    await expect(db.open()).resolves.toBe(db);
  });

  it('keeps every row of every table', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);

    expect(await db.posts.orderBy('slug').toArray()).toEqual(posts);
    expect(await db.bookmarks.orderBy('slug').toArray()).toEqual(bookmarks);
    expect(await db.readingState.toArray()).toEqual(readingStates);
    expect(await db.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
    expect(await db.meta.toArray()).toEqual(meta);
  });

  it('reads the old rows through the data functions', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);

    expect(await listBookmarks(db)).toEqual([bookmarks[0], bookmarks[1]]);
    expect(await readingPosition(db, 'service-mesh-notes')).toEqual(readingStates[0]);
    expect(await storedContentVersion(db)).toBe('content-v1');
  });

  it('fills the summaries table from the old posts, bodies left out', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);

    expect(await db.summaries.orderBy('slug').toArray()).toEqual(posts.map(toSummary));
    for (const summary of await db.summaries.toArray()) {
      expect(summary).not.toHaveProperty('html');
      expect(summary).not.toHaveProperty('headings');
    }
  });

  it('finds the old posts by tag and date through the summaries indexes', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);

    expect(await db.summaries.where('tags').equals('kubernetes').primaryKeys()).toEqual([
      'austin-recap',
      'service-mesh-notes',
    ]);
    expect(await db.summaries.orderBy('date').reverse().primaryKeys()).toEqual(['austin-recap', 'service-mesh-notes']);
    expect(await db.readingState.where('updatedAt').above(2_500).primaryKeys()).toEqual(['service-mesh-notes']);
  });

  it('does not re-download posts the old client already synced for the same content version', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);
    const source = makeSource('content-v1', posts);

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'content-v1', added: 0, updated: 0, removed: 0, total: 2 });
    expect(source.fetched).toEqual([]);
  });
});

/** A database as the v2 client left it: posts with their summaries, and the reader's data. */
async function createDatabaseAsV2Client(): Promise<void> {
  const old = new Dexie(name);
  old.version(2).stores(SHIPPED_V2_STORES);
  await old.open();
  await old.table('posts').bulkAdd(posts);
  await old.table('summaries').bulkAdd(posts.map(toSummary));
  await old.table('bookmarks').bulkAdd(bookmarks);
  await old.table('readingState').bulkAdd(readingStates);
  await old.table('settings').bulkAdd(settings);
  await old.table('meta').bulkAdd(meta);
  old.close();
}

describe('FieldNotesDB opening a database created by the shipped v2 schema', () => {
  it('keeps every row of every table, and starts with no read marks and no arrivals', async () => {
    await createDatabaseAsV2Client();
    db = new FieldNotesDB(name);

    expect(await db.posts.orderBy('slug').toArray()).toEqual(posts);
    expect(await db.summaries.orderBy('slug').toArray()).toEqual(posts.map(toSummary));
    expect(await db.bookmarks.orderBy('slug').toArray()).toEqual(bookmarks);
    expect(await db.readingState.toArray()).toEqual(readingStates);
    expect(await db.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
    expect(await db.meta.toArray()).toEqual(meta);
    expect(await db.readMarks.count()).toBe(0);
    expect(await db.arrivals.count()).toBe(0);
  });

  it('reads the old rows through the data functions', async () => {
    await createDatabaseAsV2Client();
    db = new FieldNotesDB(name);

    expect(await listBookmarks(db)).toEqual([bookmarks[0], bookmarks[1]]);
    expect(await readingPosition(db, 'service-mesh-notes')).toEqual(readingStates[0]);
    expect(await storedContentVersion(db)).toBe('content-v1');
  });
});

/** A database as the v3 client left it: v2's, with read marks and arrivals. */
async function createDatabaseAsV3Client(): Promise<void> {
  const old = new Dexie(name);
  old.version(3).stores(SHIPPED_V3_STORES);
  await old.open();
  await old.table('posts').bulkAdd(posts);
  await old.table('summaries').bulkAdd(posts.map(toSummary));
  await old.table('bookmarks').bulkAdd(bookmarks);
  await old.table('readingState').bulkAdd(readingStates);
  await old.table('settings').bulkAdd(settings);
  await old.table('meta').bulkAdd(meta);
  await old.table('readMarks').bulkAdd(readMarks);
  await old.table('arrivals').bulkAdd(arrivals);
  old.close();
}

const readMarks: ReadMark[] = [{ slug: 'austin-recap', read: true, changedAt: 4_000 }];
const arrivals: Arrival[] = [{ slug: 'service-mesh-notes', kind: 'new', arrivedAt: 5_000 }];

describe('FieldNotesDB opening a database created by the shipped v3 schema', () => {
  it('keeps every row of every table, and starts with no removed bookmarks', async () => {
    await createDatabaseAsV3Client();
    db = new FieldNotesDB(name);

    expect(await db.posts.orderBy('slug').toArray()).toEqual(posts);
    expect(await db.summaries.orderBy('slug').toArray()).toEqual(posts.map(toSummary));
    expect(await db.bookmarks.orderBy('slug').toArray()).toEqual(bookmarks);
    expect(await db.readingState.toArray()).toEqual(readingStates);
    expect(await db.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
    expect(await db.meta.toArray()).toEqual(meta);
    expect(await db.readMarks.toArray()).toEqual(readMarks);
    expect(await db.arrivals.toArray()).toEqual(arrivals);
    expect(await db.bookmarkRemovals.count()).toBe(0);
  });

  it('records a removal of an old bookmark from then on', async () => {
    await createDatabaseAsV3Client();
    db = new FieldNotesDB(name);

    await removeBookmark(db, 'unpublished-post');

    expect(await listBookmarks(db)).toEqual([bookmarks[0]]);
    expect(await db.bookmarkRemovals.toArray()).toEqual([
      { slug: 'unpublished-post', removedAt: expect.any(Number) as number },
    ]);
  });
});

describe('after the upgrade, a sync of a changed index', () => {
  it('replaces and removes posts (with their summaries) and keeps every bookmark, position, setting', async () => {
    await createDatabaseAsOldClient();
    db = new FieldNotesDB(name);
    const edited = makePost('austin-recap', { ...posts[0], hash: 'hash-austin-recap-2', title: 'Austin, revised' });

    await syncPosts(db, makeSource('content-v2', [edited]));

    expect(await db.posts.toArray()).toEqual([edited]);
    expect(await db.summaries.toArray()).toEqual([toSummary(edited)]);
    expect(await db.bookmarks.orderBy('slug').toArray()).toEqual(bookmarks);
    expect(await db.readingState.toArray()).toEqual(readingStates);
    expect(await db.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
    expect(await storedContentVersion(db)).toBe('content-v2');
  });
});

describe('FieldNotesDB declared schema', () => {
  // If this fails, the schema changed: add a new version() (never edit an old one) and make
  // sure the "shipped v1" tests above still pass against it.
  beforeEach(() => {
    db = new FieldNotesDB(name);
  });

  it('is at version 4', () => {
    expect(db?.verno).toBe(4);
  });

  it('has exactly the nine tables', () => {
    expect(db?.tables.map((table) => table.name).sort()).toEqual([
      'arrivals',
      'bookmarkRemovals',
      'bookmarks',
      'meta',
      'posts',
      'readMarks',
      'readingState',
      'settings',
      'summaries',
    ]);
  });

  it('keys and indexes every table as declared', () => {
    const shape = Object.fromEntries(
      (db?.tables ?? []).map((table) => [
        table.name,
        {
          primaryKey: { keyPath: table.schema.primKey.keyPath, auto: table.schema.primKey.auto },
          indexes: table.schema.indexes.map((index) => ({
            name: index.name,
            multi: index.multi,
            unique: index.unique,
          })),
        },
      ]),
    );

    expect(shape).toEqual({
      // v2: posts are read by slug only; lists, tags and sync's diff use the summaries.
      posts: { primaryKey: { keyPath: 'slug', auto: false }, indexes: [] },
      summaries: {
        primaryKey: { keyPath: 'slug', auto: false },
        indexes: [
          { name: 'date', multi: false, unique: false },
          { name: 'tags', multi: true, unique: false },
        ],
      },
      bookmarks: {
        primaryKey: { keyPath: 'slug', auto: false },
        indexes: [{ name: 'bookmarkedAt', multi: false, unique: false }],
      },
      readingState: {
        primaryKey: { keyPath: 'slug', auto: false },
        indexes: [{ name: 'updatedAt', multi: false, unique: false }],
      },
      settings: { primaryKey: { keyPath: 'key', auto: false }, indexes: [] },
      meta: { primaryKey: { keyPath: 'key', auto: false }, indexes: [] },
      // v3: read state and arrivals.
      readMarks: {
        primaryKey: { keyPath: 'slug', auto: false },
        indexes: [{ name: 'changedAt', multi: false, unique: false }],
      },
      arrivals: {
        primaryKey: { keyPath: 'slug', auto: false },
        indexes: [{ name: 'arrivedAt', multi: false, unique: false }],
      },
      // v4: removed bookmarks, newest exported first.
      bookmarkRemovals: {
        primaryKey: { keyPath: 'slug', auto: false },
        indexes: [{ name: 'removedAt', multi: false, unique: false }],
      },
    });
  });
});
