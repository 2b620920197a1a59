import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { listBookmarks, removeBookmark, setBookmark } from '../../../src/app/data/bookmarks.ts';
import { makePost } from './fixtures.ts';

const alpha = makePost('alpha');
const beta = makePost('beta');
const gamma = makePost('gamma');

let db: FieldNotesDB;

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  // Only Date is faked: fake-indexeddb schedules its work with real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-11-12T10:00:00.000Z'));
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function at(time: string): number {
  vi.setSystemTime(new Date(time));
  return Date.parse(time);
}

describe('setBookmark', () => {
  it('bookmarks a post that is not bookmarked and returns true', async () => {
    const now = at('2025-11-12T10:30:00.000Z');

    expect(await setBookmark(db, alpha, true)).toBe(true);

    expect(await db.bookmarks.toArray()).toEqual([{ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: now }]);
  });

  it('removes the bookmark when set to false and returns false', async () => {
    await setBookmark(db, alpha, true);

    expect(await setBookmark(db, alpha, false)).toBe(false);

    expect(await db.bookmarks.count()).toBe(0);
  });

  it('only changes the post it is given', async () => {
    await setBookmark(db, alpha, true);
    await setBookmark(db, beta, true);

    await setBookmark(db, alpha, false);

    expect(await db.bookmarks.toCollection().primaryKeys()).toEqual(['beta']);
  });

  it('bookmarks again after a removal, with the new time', async () => {
    at('2025-11-12T10:00:00.000Z');
    await setBookmark(db, alpha, true);
    await setBookmark(db, alpha, false);
    const later = at('2025-11-13T08:00:00.000Z');

    expect(await setBookmark(db, alpha, true)).toBe(true);

    expect(await db.bookmarks.get('alpha')).toEqual({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: later });
  });

  it('ends as the last call set it, however often two tabs repeat a state (not a flip of what is stored)', async () => {
    const first = at('2025-11-12T10:00:00.000Z');
    await setBookmark(db, alpha, true);
    at('2025-11-12T11:00:00.000Z');
    await setBookmark(db, alpha, true);
    expect(await db.bookmarks.get('alpha')).toEqual({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: first });

    await setBookmark(db, alpha, false);
    await setBookmark(db, alpha, false);
    expect(await db.bookmarks.count()).toBe(0);
  });
});

describe('removing a bookmark records when', () => {
  it('writes a removal with its time, by the button or for a post taken down', async () => {
    at('2025-11-12T10:00:00.000Z');
    await setBookmark(db, alpha, true);
    await setBookmark(db, beta, true);
    const removed = at('2025-11-12T11:00:00.000Z');
    await setBookmark(db, alpha, false);
    await removeBookmark(db, 'beta');
    await removeBookmark(db, 'never-bookmarked');

    expect(await db.bookmarkRemovals.orderBy('slug').toArray()).toEqual([
      { slug: 'alpha', removedAt: removed },
      { slug: 'beta', removedAt: removed },
    ]);
  });

  it('forgets the removal when the post is bookmarked again', async () => {
    await setBookmark(db, alpha, true);
    await setBookmark(db, alpha, false);
    await setBookmark(db, alpha, true);

    expect(await db.bookmarkRemovals.count()).toBe(0);
  });

  it('orders a removal after its bookmark, and a new bookmark after the removal, even when the clock went back', async () => {
    const bookmarked = at('2025-11-12T10:00:00.000Z');
    await setBookmark(db, alpha, true);
    at('2025-11-12T09:00:00.000Z');
    await setBookmark(db, alpha, false);
    expect(await db.bookmarkRemovals.get('alpha')).toEqual({ slug: 'alpha', removedAt: bookmarked + 1 });
    at('2025-11-12T08:00:00.000Z');
    await setBookmark(db, alpha, true);
    expect(await db.bookmarks.get('alpha')).toMatchObject({ bookmarkedAt: bookmarked + 2 });
  });
});

describe('listBookmarks', () => {
  it('is empty when nothing is bookmarked', async () => {
    expect(await listBookmarks(db)).toEqual([]);
  });

  it('lists the most recently bookmarked first', async () => {
    const first = at('2025-11-12T09:00:00.000Z');
    await setBookmark(db, beta, true);
    const third = at('2025-11-12T11:00:00.000Z');
    await setBookmark(db, alpha, true);
    const second = at('2025-11-12T10:00:00.000Z');
    await setBookmark(db, gamma, true);

    expect(await listBookmarks(db)).toEqual([
      { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: third },
      { slug: 'gamma', title: 'Title of gamma', bookmarkedAt: second },
      { slug: 'beta', title: 'Title of beta', bookmarkedAt: first },
    ]);
  });

  it('orders rows written with explicit times, whatever the slug order', async () => {
    await db.bookmarks.bulkPut([
      { slug: 'a', title: 'A', bookmarkedAt: 300 },
      { slug: 'b', title: 'B', bookmarkedAt: 100 },
      { slug: 'c', title: 'C', bookmarkedAt: 200 },
    ]);

    expect((await listBookmarks(db)).map((bookmark) => bookmark.slug)).toEqual(['a', 'c', 'b']);
  });
});

describe('removeBookmark', () => {
  it('removes that bookmark and keeps the others', async () => {
    await setBookmark(db, alpha, true);
    await setBookmark(db, beta, true);

    await removeBookmark(db, 'alpha');

    expect((await listBookmarks(db)).map((bookmark) => bookmark.slug)).toEqual(['beta']);
  });

  it('removes the bookmark of a post that is no longer stored', async () => {
    await db.bookmarks.put({ slug: 'unpublished', title: 'Gone', bookmarkedAt: 1 });

    await removeBookmark(db, 'unpublished');

    expect(await db.bookmarks.count()).toBe(0);
  });

  it('does nothing, without error, when the post is not bookmarked', async () => {
    await setBookmark(db, beta, true);

    await expect(removeBookmark(db, 'alpha')).resolves.toBeUndefined();

    expect(await db.bookmarks.toCollection().primaryKeys()).toEqual(['beta']);
  });
});

describe('rapid toggles from two tabs', () => {
  let otherTab: FieldNotesDB;

  beforeEach(() => {
    otherTab = new FieldNotesDB(db.name);
  });

  afterEach(() => {
    otherTab.close();
  });

  it.each([
    { toggles: 200, bookmarked: false },
    { toggles: 201, bookmarked: true },
  ])('$toggles clicks, alternating tabs, leave bookmarked = $bookmarked', async ({ toggles, bookmarked }) => {
    const tabs = [db, otherTab];

    // Click i sets the opposite of what click i - 1 set, as a reader's button shows it; each
    // click in one tab lands before the next in the other, as a person's clicks do.
    const results: boolean[] = [];
    for (let i = 0; i < toggles; i += 1) results.push(await setBookmark(tabs[i % 2] ?? db, alpha, i % 2 === 0));

    expect(results.at(-1)).toBe(bookmarked);
    expect((await db.bookmarks.get('alpha')) !== undefined).toBe(bookmarked);
    expect(await otherTab.bookmarks.count()).toBe(bookmarked ? 1 : 0);
  });
});
