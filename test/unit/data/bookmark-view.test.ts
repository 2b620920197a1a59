import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookmarksView } from '../../../src/app/data/bookmark-view.ts';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { makePost } from './fixtures.ts';

let db: FieldNotesDB;

beforeEach(async () => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  await db.posts.bulkPut([
    makePost('alpha', { tags: ['kubernetes', 'conference'] }),
    makePost('beta', { tags: ['kubernetes'] }),
    makePost('not-bookmarked', { tags: ['openstack'] }),
  ]);
  await db.bookmarks.bulkPut([
    { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 100 },
    { slug: 'gone', title: 'Unpublished post', bookmarkedAt: 200 },
    { slug: 'beta', title: 'Title of beta', bookmarkedAt: 300 },
  ]);
});

afterEach(() => db.delete());

describe('bookmarksView', () => {
  it('lists bookmarked posts most recently bookmarked first, and those no longer published apart', async () => {
    const view = await bookmarksView(db, []);
    expect(view.posts.map((post) => post.slug)).toEqual(['beta', 'alpha']);
    expect(view.unavailable).toEqual([{ slug: 'gone', title: 'Unpublished post', bookmarkedAt: 200 }]);
    expect(view.total).toBe(3);
  });

  it('offers chips only for tags of bookmarked posts', async () => {
    const view = await bookmarksView(db, []);
    expect(view.tags).toEqual([
      { tag: 'kubernetes', total: 2, count: 2, selected: false },
      { tag: 'conference', total: 1, count: 1, selected: false },
    ]);
  });

  it('filters by every selected tag', async () => {
    const view = await bookmarksView(db, ['conference']);
    expect(view.posts.map((post) => post.slug)).toEqual(['alpha']);
    expect(view.unavailable).toEqual([]);
    expect(view.total).toBe(3);
  });
});
