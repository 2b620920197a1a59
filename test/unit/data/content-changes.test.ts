import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentChanges, describeChanges } from '../../../src/app/data/content-changes.ts';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { syncPosts } from '../../../src/app/data/sync.ts';
import { makePost, makeSource } from './fixtures.ts';

const alpha = makePost('alpha');
const beta = makePost('beta');
const gamma = makePost('gamma');

let db: FieldNotesDB;
beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('contentChanges', () => {
  it('counts the posts a new version adds, changes and removes, reading no body', async () => {
    await syncPosts(db, makeSource('v1', [alpha, beta, gamma]));
    const next = makeSource('v2', [
      alpha,
      makePost('beta', { hash: 'hash-beta-2' }),
      makePost('delta'),
      makePost('epsilon'),
    ]);

    expect(await contentChanges(db, next)).toEqual({ added: 2, updated: 1, removed: 1 });
    expect(next.fetched).toEqual([]);
    // Nothing is written: the toast only tells.
    expect((await db.summaries.toArray()).map((summary) => summary.slug).sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('counts nothing for the same version', async () => {
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    expect(await contentChanges(db, makeSource('v1', [alpha, beta]))).toEqual({ added: 0, updated: 0, removed: 0 });
  });
});

describe('describeChanges', () => {
  it('says what a reader will see, in a few words', () => {
    expect(describeChanges({ added: 1, updated: 1, removed: 0 })).toBe('1 new post, 1 updated');
    expect(describeChanges({ added: 2, updated: 0, removed: 1 })).toBe('2 new posts, 1 removed');
    expect(describeChanges({ added: 0, updated: 0, removed: 0 })).toBeUndefined();
  });
});
