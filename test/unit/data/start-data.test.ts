import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DB_NAME } from '../../../src/app/data/database-name.ts';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { recordVisit, storedVisit } from '../../../src/app/data/visits.ts';
import { buildDataFiles } from '../../../src/build/content/data-files.ts';
import { makePost, serveDataFiles, SITE } from './fixtures.ts';

type Runtime = typeof import('../../../src/app/data/runtime.ts');

const POSTS = [makePost('newer'), makePost('older', { date: '2016-01-01T00:00:00.000Z' })];

// The runtime holds one start-up per page: each test loads it afresh.
let runtime: Runtime;

beforeEach(async () => {
  vi.resetModules();
  runtime = await import('../../../src/app/data/runtime.ts');
  serveDataFiles(buildDataFiles('v1', SITE, POSTS).files);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await runtime.database()?.delete();
  await new FieldNotesDB(DEFAULT_DB_NAME).delete();
});

/** Makes every write of posts into IndexedDB (not the in-memory fallback) fail as a full disk does. */
function fillPersistentStorage(): void {
  const persistent = new WeakSet<IDBDatabase>();
  const open = indexedDB.open.bind(indexedDB);
  vi.spyOn(indexedDB, 'open').mockImplementation((...args: Parameters<IDBFactory['open']>) => {
    const request = open(...args);
    request.addEventListener('success', () => persistent.add(request.result));
    return request;
  });
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'posts' && persistent.has(this.transaction.db)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startData', () => {
  it('opens the page’s database only once `after` has settled, then syncs into it', async () => {
    let release!: () => void;
    const after = new Promise<void>((resolve) => (release = resolve));
    const started = runtime.startData({ after });
    await wait(300);
    expect(runtime.database()).toBeUndefined();
    expect(runtime.syncStatus().state).toBe('syncing');

    release();
    await started;
    expect(runtime.database()).toBeDefined();
    expect(runtime.syncStatus()).toMatchObject({ state: 'done', result: { total: POSTS.length } });
    expect((await runtime.database()!.summaries.toArray()).map((post) => post.slug).sort()).toEqual(['newer', 'older']);
  });

  it('waits PAGE_DATABASE_WAIT_MS at most for an `after` that never settles', async () => {
    const began = performance.now();
    await runtime.startData({ after: new Promise(() => undefined) });
    expect(performance.now() - began).toBeGreaterThanOrEqual(runtime.PAGE_DATABASE_WAIT_MS - 5);
    expect(runtime.database()).toBeDefined();
    expect(runtime.syncStatus().state).toBe('done');
  });

  it('opens the database at once without `after`', async () => {
    const opened = runtime.whenDatabaseOpen();
    const started = runtime.startData();
    const first = await Promise.race([opened.then(() => 'opened'), wait(runtime.PAGE_DATABASE_WAIT_MS / 2)]);
    expect(first).toBe('opened');
    await started;
  });

  it('keeps the posts in memory, with all the reader’s own data, when IndexedDB has no room for them', async () => {
    const earlier = new FieldNotesDB(DEFAULT_DB_NAME);
    await earlier.bookmarks.put({ slug: 'older', title: 'Older', bookmarkedAt: 1 });
    const readerData = {
      bookmarkRemovals: [{ slug: 'removed', removedAt: 2 }],
      readingState: [{ slug: 'newer', anchor: 'intro', progress: 0.4, updatedAt: 2 }],
      readMarks: [{ slug: 'older', read: true, changedAt: 3 }],
      arrivals: [{ slug: 'newer', kind: 'updated', arrivedAt: 4 }],
      settings: [{ key: 'filter', value: ['ebpf'] }],
    } as const;
    for (const [table, rows] of Object.entries(readerData)) await earlier.table(table).bulkPut([...rows]);
    const visit = await recordVisit(earlier, 5);
    earlier.close();
    fillPersistentStorage();

    await runtime.startData();
    expect(runtime.storageMode()).toMatchObject({ kind: 'memory', cause: 'storage-full' });
    expect(runtime.storageMode()).toMatchObject({ reason: expect.stringContaining('QuotaExceededError') });
    expect(runtime.syncStatus()).toMatchObject({ state: 'done', result: { total: POSTS.length } });
    const db = runtime.database()!;
    expect((await db.summaries.toArray()).map((post) => post.slug).sort()).toEqual(['newer', 'older']);
    expect(await db.posts.count()).toBe(POSTS.length);
    expect((await db.bookmarks.toArray()).map((bookmark) => bookmark.slug)).toEqual(['older']);
    for (const [table, rows] of Object.entries(readerData)) expect(await db.table(table).toArray()).toEqual(rows);
    expect(await storedVisit(db)).toEqual(visit);
    // Nothing was half-written where the reader's data lives.
    const persistent = new FieldNotesDB(DEFAULT_DB_NAME);
    expect(await persistent.posts.count()).toBe(0);
    expect(await persistent.bookmarks.count()).toBe(1);
    persistent.close();
  });

  it('says the sync failed, and stays on IndexedDB, when it is the network that failed', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 500 })));
    await runtime.startData();
    expect(runtime.storageMode()).toEqual({ kind: 'indexeddb' });
    expect(runtime.syncStatus()).toMatchObject({ state: 'failed' });
  });
});
