import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { listBookmarks } from '../../../src/app/data/bookmarks.ts';
import { readingPosition } from '../../../src/app/data/reading-state.ts';
import { storedContentVersion, syncPosts } from '../../../src/app/data/sync.ts';
import type { Post } from '../../../src/shared/post.ts';
import { makePost, makeSource, slugsOf } from './fixtures.ts';

const alpha = makePost('alpha', { tags: ['kubernetes', 'security'], date: '2025-11-10T09:00:00.000Z' });
const beta = makePost('beta', { tags: ['ebpf'], date: '2025-11-11T09:00:00.000Z' });
const gamma = makePost('gamma', { tags: ['kubernetes', 'observability'], date: '2025-11-12T09:00:00.000Z' });
const V1 = [alpha, beta, gamma];

/** beta with a new body and so a new hash. */
const betaEdited = makePost('beta', { tags: ['ebpf'], hash: 'hash-beta-2', html: '<p>Edited body.</p>', words: 650 });
const delta = makePost('delta', { tags: ['kubernetes'], date: '2025-11-13T09:00:00.000Z' });

let db: FieldNotesDB;

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

async function storedPosts(target: FieldNotesDB = db): Promise<Post[]> {
  return target.posts.orderBy('slug').toArray();
}

describe('syncPosts', () => {
  it('stores every post of the index on the first sync and reports them as added', async () => {
    const source = makeSource('v1', V1);

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'v1', added: 3, updated: 0, removed: 0, total: 3 });
    expect(await storedPosts()).toEqual([alpha, beta, gamma]);
    expect([...source.fetched].sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('records the index version after the first sync', async () => {
    expect(await storedContentVersion(db)).toBeUndefined();

    await syncPosts(db, makeSource('v1', V1));

    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('does nothing on a second sync with the same index: no fetch, zero counts', async () => {
    const source = makeSource('v1', V1);
    await syncPosts(db, source);
    const fetchesAfterFirst = source.fetched.length;

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'v1', added: 0, updated: 0, removed: 0, total: 3 });
    expect(source.fetched.length).toBe(fetchesAfterFirst);
    expect(await storedPosts()).toEqual([alpha, beta, gamma]);
  });

  it('re-fetches and updates only the post whose hash changed', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const source = makeSource('v2', [alpha, betaEdited, gamma]);

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'v2', added: 0, updated: 1, removed: 0, total: 3 });
    expect(source.fetched).toEqual(['beta']);
    expect(await storedPosts()).toEqual([alpha, betaEdited, gamma]);
    expect(await storedContentVersion(db)).toBe('v2');
  });

  it('deletes a post that is no longer in the index', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const source = makeSource('v2', [alpha, beta]);

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'v2', added: 0, updated: 0, removed: 1, total: 2 });
    expect(source.fetched).toEqual([]);
    expect(await storedPosts()).toEqual([alpha, beta]);
    expect(await db.posts.get('gamma')).toBeUndefined();
  });

  it('adds a new post and fetches only that one', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const source = makeSource('v2', [delta, ...V1]);

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'v2', added: 1, updated: 0, removed: 0, total: 4 });
    expect(source.fetched).toEqual(['delta']);
    expect(await storedPosts()).toEqual([alpha, beta, delta, gamma]);
  });

  it('adds, updates and removes in one run when the index changed in all three ways', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const source = makeSource('v2', [delta, alpha, betaEdited]);

    const result = await syncPosts(db, source);

    expect(result).toEqual({ version: 'v2', added: 1, updated: 1, removed: 1, total: 3 });
    expect([...source.fetched].sort()).toEqual(['beta', 'delta']);
    expect(await storedPosts()).toEqual([alpha, betaEdited, delta]);
  });

  it('never touches bookmarks, reading positions or settings, whatever the sync does', async () => {
    await db.bookmarks.bulkPut([
      { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 1_000 },
      { slug: 'gamma', title: 'Title of gamma', bookmarkedAt: 2_000 },
      { slug: 'not-a-post', title: 'Something from long ago', bookmarkedAt: 500 },
    ]);
    await db.readingState.bulkPut([
      { slug: 'beta', anchor: 'intro', progress: 0.25, updatedAt: 1_500 },
      { slug: 'gamma', anchor: 'outro', progress: 0.9, updatedAt: 2_500 },
    ]);
    await db.settings.bulkPut([
      { key: 'theme', value: 'dark' },
      { key: 'fontScale', value: { step: 2 } },
    ]);
    const snapshot = async () => ({
      bookmarks: await db.bookmarks.orderBy('slug').toArray(),
      readingState: await db.readingState.orderBy('slug').toArray(),
      settings: await db.settings.orderBy('key').toArray(),
    });
    const before = await snapshot();

    const runs = [
      makeSource('v1', V1), // first sync
      makeSource('v1', V1), // no-op
      makeSource('v2', [alpha, betaEdited, gamma]), // update
      makeSource('v3', [alpha, betaEdited]), // removal
      makeSource('v4', [delta, alpha, betaEdited]), // addition
    ];
    for (const source of runs) {
      await syncPosts(db, source);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('keeps the bookmark and reading position of a post that gets unpublished', async () => {
    await syncPosts(db, makeSource('v1', V1));
    await db.bookmarks.put({ slug: 'gamma', title: 'Title of gamma', bookmarkedAt: 3_000 });
    await db.readingState.put({ slug: 'gamma', anchor: 'intro', progress: 0.4, updatedAt: 3_100 });

    await syncPosts(db, makeSource('v2', [alpha, beta]));

    expect(await db.posts.get('gamma')).toBeUndefined();
    expect(await listBookmarks(db)).toEqual([{ slug: 'gamma', title: 'Title of gamma', bookmarkedAt: 3_000 }]);
    expect(await readingPosition(db, 'gamma')).toEqual({
      slug: 'gamma',
      anchor: 'intro',
      progress: 0.4,
      updatedAt: 3_100,
    });
  });

  it('ends with exactly the index posts when two syncs of an empty database run at once', async () => {
    const source = makeSource('v1', V1);

    const results = await Promise.all([syncPosts(db, source), syncPosts(db, source)]);

    expect(results.map((result) => result.total)).toEqual([3, 3]);
    expect(await storedPosts()).toEqual([alpha, beta, gamma]);
    expect(await db.posts.count()).toBe(3);
    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('ends with exactly the index posts when two syncs of a changed index run at once', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const source = makeSource('v2', [delta, alpha, betaEdited]);

    await Promise.all([syncPosts(db, source), syncPosts(db, source)]);

    expect(await storedPosts()).toEqual([alpha, betaEdited, delta]);
    expect(await storedContentVersion(db)).toBe('v2');
  });

  it('ends with exactly the index posts when two tabs (two connections) sync at once', async () => {
    const otherTab = new FieldNotesDB(db.name);
    try {
      await syncPosts(db, makeSource('v1', V1));
      const source = makeSource('v2', [delta, alpha, betaEdited]);

      await Promise.all([syncPosts(db, source), syncPosts(otherTab, source)]);

      expect(await storedPosts(db)).toEqual([alpha, betaEdited, delta]);
      expect(await storedPosts(otherTab)).toEqual([alpha, betaEdited, delta]);
    } finally {
      otherTab.close();
    }
  });

  it('rejects when a post fails to download and leaves the previous posts and version intact', async () => {
    await syncPosts(db, makeSource('v1', V1));
    // An update, an addition and a removal are all pending, but beta's body cannot be fetched.
    const failing = makeSource('v2', [delta, alpha, betaEdited], { failOn: 'beta' });

    await expect(syncPosts(db, failing)).rejects.toThrow('HTTP 503 for beta');

    expect(await storedPosts()).toEqual([alpha, beta, gamma]);
    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('completes the same change on the next run after a failed one', async () => {
    await syncPosts(db, makeSource('v1', V1));
    await expect(syncPosts(db, makeSource('v2', [delta, alpha, betaEdited], { failOn: 'delta' }))).rejects.toThrow();

    const result = await syncPosts(db, makeSource('v2', [delta, alpha, betaEdited]));

    expect(result).toEqual({ version: 'v2', added: 1, updated: 1, removed: 1, total: 3 });
    expect(await storedPosts()).toEqual([alpha, betaEdited, delta]);
  });

  it('indexes every tag of a post (multi-entry) so posts can be found by tag', async () => {
    await syncPosts(db, makeSource('v1', V1));

    expect((await db.posts.where('tags').equals('kubernetes').primaryKeys()).sort()).toEqual(['alpha', 'gamma']);
    expect(slugsOf(await db.posts.where('tags').equals('ebpf').toArray())).toEqual(['beta']);
    expect(await db.posts.where('tags').equals('observability').primaryKeys()).toEqual(['gamma']);
    expect(await db.posts.where('tags').equals('wasm').count()).toBe(0);
  });

  it('updates the tag index when a synced post changes its tags', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const retagged = makePost('alpha', { tags: ['security'], hash: 'hash-alpha-2', date: alpha.date });

    await syncPosts(db, makeSource('v2', [retagged, beta, gamma]));

    expect(await db.posts.where('tags').equals('kubernetes').primaryKeys()).toEqual(['gamma']);
    expect(await db.posts.where('tags').equals('security').primaryKeys()).toEqual(['alpha']);
  });
});
