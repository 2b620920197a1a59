import { describe, expect, it } from 'vitest';
import { bookmarksView } from '../../../src/app/data/bookmark-view.ts';
import type { Bookmark } from '../../../src/app/data/db.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { makePost } from './fixtures.ts';

const stored = new Map(
  [
    makePost('alpha', { tags: ['kubernetes', 'conference'] }),
    makePost('beta', { tags: ['kubernetes'] }),
    makePost('not-bookmarked', { tags: ['openstack'] }),
  ].map((post) => [post.slug, toSummary(post)]),
);
const bookmarks: Bookmark[] = [
  { slug: 'beta', title: 'Title of beta', bookmarkedAt: 300 },
  { slug: 'gone', title: 'Unpublished post', bookmarkedAt: 200 },
  { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 100 },
];

describe('bookmarksView', () => {
  it('lists bookmarked posts most recently bookmarked first, and those no longer published apart', () => {
    const view = bookmarksView(bookmarks, stored, []);
    expect(view.posts.map((post) => post.slug)).toEqual(['beta', 'alpha']);
    expect(view.unavailable).toEqual([{ slug: 'gone', title: 'Unpublished post', bookmarkedAt: 200 }]);
    expect(view.total).toBe(3);
  });

  it('offers chips only for tags of bookmarked posts', () => {
    const view = bookmarksView(bookmarks, stored, []);
    expect(view.tags).toEqual([
      { tag: 'kubernetes', total: 2, count: 2, selected: false },
      { tag: 'conference', total: 1, count: 1, selected: false },
    ]);
  });

  it('counts chips over the bookmarked posts only, with a tag selected', () => {
    const view = bookmarksView(bookmarks, stored, ['conference']);
    expect(view.tags).toEqual([
      { tag: 'kubernetes', total: 2, count: 1, selected: false },
      { tag: 'conference', total: 1, count: 1, selected: true },
    ]);
  });

  it('filters by every selected tag', () => {
    const view = bookmarksView(bookmarks, stored, ['conference']);
    expect(view.posts.map((post) => post.slug)).toEqual(['alpha']);
    expect(view.unavailable).toEqual([]);
    expect(view.total).toBe(3);
  });
});
