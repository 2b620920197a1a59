import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { importBookmarks, listBookmarks, removeBookmark, toggleBookmark } from '../../../src/app/data/bookmarks.ts';
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

describe('toggleBookmark', () => {
  it('bookmarks a post that is not bookmarked and returns true', async () => {
    const now = at('2025-11-12T10:30:00.000Z');

    expect(await toggleBookmark(db, alpha)).toBe(true);

    expect(await db.bookmarks.toArray()).toEqual([{ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: now }]);
  });

  it('removes the bookmark on the second toggle and returns false', async () => {
    await toggleBookmark(db, alpha);

    expect(await toggleBookmark(db, alpha)).toBe(false);

    expect(await db.bookmarks.count()).toBe(0);
  });

  it('only toggles the post it is given', async () => {
    await toggleBookmark(db, alpha);
    await toggleBookmark(db, beta);

    await toggleBookmark(db, alpha);

    expect(await db.bookmarks.toCollection().primaryKeys()).toEqual(['beta']);
  });

  it('bookmarks again after a removal, with the new time', async () => {
    at('2025-11-12T10:00:00.000Z');
    await toggleBookmark(db, alpha);
    await toggleBookmark(db, alpha);
    const later = at('2025-11-13T08:00:00.000Z');

    expect(await toggleBookmark(db, alpha)).toBe(true);

    expect(await db.bookmarks.get('alpha')).toEqual({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: later });
  });
});

describe('listBookmarks', () => {
  it('is empty when nothing is bookmarked', async () => {
    expect(await listBookmarks(db)).toEqual([]);
  });

  it('lists the most recently bookmarked first', async () => {
    const first = at('2025-11-12T09:00:00.000Z');
    await toggleBookmark(db, beta);
    const third = at('2025-11-12T11:00:00.000Z');
    await toggleBookmark(db, alpha);
    const second = at('2025-11-12T10:00:00.000Z');
    await toggleBookmark(db, gamma);

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
    await toggleBookmark(db, alpha);
    await toggleBookmark(db, beta);

    await removeBookmark(db, 'alpha');

    expect((await listBookmarks(db)).map((bookmark) => bookmark.slug)).toEqual(['beta']);
  });

  it('removes the bookmark of a post that is no longer stored', async () => {
    await db.bookmarks.put({ slug: 'unpublished', title: 'Gone', bookmarkedAt: 1 });

    await removeBookmark(db, 'unpublished');

    expect(await db.bookmarks.count()).toBe(0);
  });

  it('does nothing, without error, when the post is not bookmarked', async () => {
    await toggleBookmark(db, beta);

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
    { toggles: 1_000, bookmarked: false },
    { toggles: 1_001, bookmarked: true },
  ])(
    '$toggles toggles fired at once, alternating tabs, leave bookmarked = $bookmarked',
    async ({ toggles, bookmarked }) => {
      const tabs = [db, otherTab];

      const results = await Promise.all(
        Array.from({ length: toggles }, (_, i) => toggleBookmark(tabs[i % 2] ?? db, alpha)),
      );

      expect(results.at(-1)).toBe(bookmarked);
      // Every toggle saw the state the one before it left: as many adds as removes, give or take one.
      expect(results.filter(Boolean).length).toBe(Math.ceil(toggles / 2));
      expect((await db.bookmarks.get('alpha')) !== undefined).toBe(bookmarked);
      expect(await otherTab.bookmarks.count()).toBe(bookmarked ? 1 : 0);
    },
  );
});

describe('importBookmarks', () => {
  it('adds new bookmarks and reports how many were already there', async () => {
    await db.bookmarks.put({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 500 });

    const result = await importBookmarks(db, [
      { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 900 },
      { slug: 'beta', title: 'Title of beta', bookmarkedAt: 200 },
      { slug: 'gone', title: 'Unpublished since', bookmarkedAt: 100 },
    ]);

    expect(result).toEqual({ added: 2, existing: 1 });
    expect(await listBookmarks(db)).toEqual([
      { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 500 },
      { slug: 'beta', title: 'Title of beta', bookmarkedAt: 200 },
      { slug: 'gone', title: 'Unpublished since', bookmarkedAt: 100 },
    ]);
  });

  it('keeps the earliest time of a bookmark that is in both, and the stored title', async () => {
    await db.bookmarks.put({ slug: 'alpha', title: 'Stored title', bookmarkedAt: 500 });

    await importBookmarks(db, [{ slug: 'alpha', title: 'Imported title', bookmarkedAt: 100 }]);

    expect(await db.bookmarks.get('alpha')).toEqual({ slug: 'alpha', title: 'Stored title', bookmarkedAt: 100 });
  });

  it('never deletes a bookmark missing from the file', async () => {
    await toggleBookmark(db, alpha);
    await toggleBookmark(db, beta);

    expect(await importBookmarks(db, [])).toEqual({ added: 0, existing: 0 });

    expect(await db.bookmarks.toCollection().primaryKeys()).toEqual(['alpha', 'beta']);
  });

  it('writes all or nothing: a failing write leaves the store as it was', async () => {
    await db.bookmarks.put({ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 500 });
    // A write that fails after others in the same transaction (as a full disk would).
    db.bookmarks.hook('creating', (_key, bookmark) => {
      if (bookmark.slug === 'poison') throw new Error('QuotaExceededError');
    });

    await expect(
      importBookmarks(db, [
        { slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 100 },
        { slug: 'beta', title: 'Title of beta', bookmarkedAt: 1 },
        { slug: 'poison', title: 'Poison', bookmarkedAt: 1 },
      ]),
    ).rejects.toThrow();

    expect(await listBookmarks(db)).toEqual([{ slug: 'alpha', title: 'Title of alpha', bookmarkedAt: 500 }]);
  });
});
