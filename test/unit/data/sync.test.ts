import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { listBookmarks } from '../../../src/app/data/bookmarks.ts';
import { readingPosition } from '../../../src/app/data/reading-state.ts';
import { storedContentVersion, syncPosts, type SyncProgress } from '../../../src/app/data/sync.ts';
import { toSummary, type Post } from '../../../src/shared/post.ts';
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

  it('notes the posts that arrive new or changed after the first sync, and forgets removed ones', async () => {
    await syncPosts(db, makeSource('v1', V1));
    // The first sync brings everything: nothing is news.
    expect(await db.arrivals.count()).toBe(0);
    await db.arrivals.put({ slug: 'gamma', kind: 'new', arrivedAt: 1 });
    const before = Date.now();

    await syncPosts(db, makeSource('v2', [delta, alpha, betaEdited]));

    const arrivals = await db.arrivals.orderBy('slug').toArray();
    expect(arrivals.map(({ slug, kind }) => ({ slug, kind }))).toEqual([
      { slug: 'beta', kind: 'updated' },
      { slug: 'delta', kind: 'new' },
    ]);
    for (const { arrivedAt } of arrivals) expect(arrivedAt).toBeGreaterThanOrEqual(before);
  });

  it('notes no arrival when a first sync that was interrupted resumes', async () => {
    await expect(syncPosts(db, makeSource('v1', V1, { failAfterBundles: 1 }), { concurrency: 1 })).rejects.toThrow();
    await syncPosts(db, makeSource('v1', V1));
    expect(await db.arrivals.count()).toBe(0);
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

  it('rejects when a bundle fails to download, keeping what it saved but the old version, old beta and gamma', async () => {
    await syncPosts(db, makeSource('v1', V1));
    // An update, an addition and a removal are all pending, but beta's bundle cannot be fetched.
    const failing = makeSource('v2', [delta, alpha, betaEdited], { failOn: 'beta' });

    await expect(syncPosts(db, failing)).rejects.toThrow('HTTP 503 for beta');

    // delta's bundle arrived and was committed on its own; beta is still the old one, gamma is
    // only removed once everything is in, and the version marker still says v1.
    expect(await storedPosts()).toEqual([alpha, beta, delta, gamma]);
    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('completes the same change on the next run after a failed one', async () => {
    await syncPosts(db, makeSource('v1', V1));
    await expect(syncPosts(db, makeSource('v2', [delta, alpha, betaEdited], { failOn: 'delta' }))).rejects.toThrow();

    const source = makeSource('v2', [delta, alpha, betaEdited]);
    const result = await syncPosts(db, source);

    // The failed run already committed beta's new bundle, so this one only adds delta.
    expect(source.fetched).toEqual(['delta']);
    expect(result).toEqual({ version: 'v2', added: 1, updated: 0, removed: 1, total: 3 });
    expect(await storedPosts()).toEqual([alpha, betaEdited, delta]);
  });

  it('indexes every tag of a summary (multi-entry) so posts can be found by tag', async () => {
    await syncPosts(db, makeSource('v1', V1));

    expect((await db.summaries.where('tags').equals('kubernetes').primaryKeys()).sort()).toEqual(['alpha', 'gamma']);
    expect(slugsOf(await db.summaries.where('tags').equals('ebpf').toArray())).toEqual(['beta']);
    expect(await db.summaries.where('tags').equals('observability').primaryKeys()).toEqual(['gamma']);
    expect(await db.summaries.where('tags').equals('wasm').count()).toBe(0);
  });

  it('updates the tag index when a synced post changes its tags', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const retagged = makePost('alpha', { tags: ['security'], hash: 'hash-alpha-2', date: alpha.date });

    await syncPosts(db, makeSource('v2', [retagged, beta, gamma]));

    expect(await db.summaries.where('tags').equals('kubernetes').primaryKeys()).toEqual(['gamma']);
    expect(await db.summaries.where('tags').equals('security').primaryKeys()).toEqual(['alpha']);
  });

  it('writes a summary (no body) beside every post, and removes both together', async () => {
    await syncPosts(db, makeSource('v1', V1));
    expect(await db.summaries.orderBy('slug').toArray()).toEqual([alpha, beta, gamma].map(toSummary));
    expect((await db.summaries.get('alpha'))!).not.toHaveProperty('html');

    await syncPosts(db, makeSource('v2', [alpha, betaEdited]));

    expect(await db.summaries.orderBy('slug').toArray()).toEqual([alpha, betaEdited].map(toSummary));
    expect(await storedPosts()).toEqual([alpha, betaEdited]);
  });

  it('diffs against the summaries alone: no post body is read', async () => {
    await syncPosts(db, makeSource('v1', V1));
    const reads: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'record-post-reads',
      create: (core) => ({
        ...core,
        table: (name: string) => {
          const table = core.table(name);
          if (name !== 'posts') return table;
          return {
            ...table,
            get: (req) => (reads.push('get'), table.get(req)),
            getMany: (req) => (reads.push('getMany'), table.getMany(req)),
            query: (req) => (req.values && reads.push('query'), table.query(req)),
            openCursor: (req) => (req.values && reads.push('openCursor'), table.openCursor(req)),
          };
        },
      }),
    });

    await syncPosts(db, makeSource('v2', [delta, alpha, betaEdited]));

    expect(reads).toEqual([]);
    expect(await storedPosts()).toEqual([alpha, betaEdited, delta]);
  });
});

describe('syncPosts in batches', () => {
  // Newest first, as the build lists them: post-11 is the newest.
  const MANY = Array.from({ length: 12 }, (_, i) =>
    makePost(`post-${String(11 - i).padStart(2, '0')}`, {
      date: new Date(Date.UTC(2025, 0, 12 - i)).toISOString(),
      tags: i % 2 ? ['even'] : ['odd'],
    }),
  );

  it('writes each bundle in its own transaction, the newest posts first, and reports progress after each', async () => {
    const seen: SyncProgress[] = [];
    const counts: number[] = [];
    const source = makeSource('v1', MANY, { bundleSize: 4, shardSize: 5 });

    const result = await syncPosts(db, source, {
      concurrency: 1,
      onProgress: (progress) => {
        seen.push(progress);
        void db.posts.count().then((count) => counts.push(count));
      },
    });

    expect(result).toEqual({ version: 'v1', added: 12, updated: 0, removed: 0, total: 12 });
    expect(source.shardsFetched).toHaveLength(3);
    expect(source.bundlesFetched).toEqual([
      'data/bundles/b0-v1.json',
      'data/bundles/b1-v1.json',
      'data/bundles/b2-v1.json',
    ]);
    expect(seen).toEqual([
      { saved: 0, total: 12 },
      { saved: 4, total: 12 },
      { saved: 8, total: 12 },
      { saved: 12, total: 12 },
    ]);
    await expect.poll(() => counts.length).toBe(4);
    // Each batch was committed (and visible to readers) before the next one arrived.
    expect(counts).toEqual([0, 4, 8, 12]);
    expect(await storedPosts()).toEqual([...MANY].reverse());
  });

  it('starts its progress from what is already stored', async () => {
    await syncPosts(db, makeSource('v1', MANY.slice(4), { bundleSize: 4 }));
    const seen: SyncProgress[] = [];

    await syncPosts(db, makeSource('v2', MANY, { bundleSize: 4 }), { onProgress: (p) => seen.push(p) });

    expect(seen).toEqual([
      { saved: 8, total: 12 },
      { saved: 12, total: 12 },
    ]);
  });

  it('resumes after an interruption: keeps the saved batches, fetches only the rest, no duplicates or losses', async () => {
    await syncPosts(db, makeSource('v1', MANY.slice(0, 2)));
    await db.bookmarks.put({ slug: 'post-11', title: 'Title of post-11', bookmarkedAt: 1 });
    const retired = MANY.slice(0, 2);
    const next = MANY.slice(2);
    const interrupted = makeSource('v2', next, { bundleSize: 3, failAfterBundles: 2 });

    await expect(syncPosts(db, interrupted, { concurrency: 1 })).rejects.toThrow('Connection lost');

    // Two bundles (six posts) are in, with their summaries; nothing was removed yet and the
    // version marker is still the old one, so the next run knows it is not finished.
    expect(slugsOf(await db.posts.toArray())).toEqual(slugsOf([...retired, ...next.slice(0, 6)]));
    expect(slugsOf(await db.summaries.toArray())).toEqual(slugsOf([...retired, ...next.slice(0, 6)]));
    expect(await storedContentVersion(db)).toBe('v1');

    const resumed = makeSource('v2', next, { bundleSize: 3 });
    const seen: SyncProgress[] = [];
    const result = await syncPosts(db, resumed, { onProgress: (p) => seen.push(p) });

    expect(resumed.fetched.sort()).toEqual(slugsOf(next.slice(6)));
    expect(seen[0]).toEqual({ saved: 6, total: 10 });
    expect(seen.at(-1)).toEqual({ saved: 10, total: 10 });
    expect(result).toEqual({ version: 'v2', added: 4, updated: 0, removed: 2, total: 10 });
    expect(await storedPosts()).toEqual([...next].reverse());
    expect(await db.summaries.orderBy('slug').toArray()).toEqual([...next].reverse().map(toSummary));
    expect(await db.posts.count()).toBe(10);
    expect(await storedContentVersion(db)).toBe('v2');
    expect(await listBookmarks(db)).toEqual([{ slug: 'post-11', title: 'Title of post-11', bookmarkedAt: 1 }]);
  });

  it('sets the version marker only when the last bundle is in', async () => {
    const versions: (string | undefined)[] = [];
    await syncPosts(db, makeSource('v1', MANY, { bundleSize: 4 }), {
      concurrency: 1,
      onProgress: () => void storedContentVersion(db).then((version) => versions.push(version)),
    });
    await expect.poll(() => versions.length).toBe(4);
    expect(versions).toEqual([undefined, undefined, undefined, undefined]);
    expect(await storedContentVersion(db)).toBe('v1');
  });

  it('skips the shards entirely when the version and count already match', async () => {
    await syncPosts(db, makeSource('v1', MANY, { bundleSize: 4 }));
    const again = makeSource('v1', MANY, { bundleSize: 4 });

    expect(await syncPosts(db, again)).toEqual({ version: 'v1', added: 0, updated: 0, removed: 0, total: 12 });
    expect(again.shardsFetched).toEqual([]);
    expect(again.bundlesFetched).toEqual([]);
  });
});
