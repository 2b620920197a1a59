// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { createRoot, createSignal, type Accessor } from 'solid-js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB, type Bookmark } from '../../../src/app/data/db.ts';
import { listBookmarks } from '../../../src/app/data/bookmarks.ts';
import { createLiveQuery } from '../../../src/app/data/live-query.ts';
import { loadDataLayer } from '../../../src/app/data/runtime.ts';

let db: FieldNotesDB;
const disposers: (() => void)[] = [];

// Live queries run once the app has loaded Dexie's half of the data layer, as it does after hydration.
beforeAll(() => loadDataLayer());

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  for (const dispose of disposers.splice(0)) dispose();
  await db.delete();
});

/** Runs `create` inside a Solid root that the test's afterEach disposes (or the test, earlier). */
function inRoot<T>(create: () => T): { value: T; dispose: () => void } {
  return createRoot((dispose) => {
    disposers.push(dispose);
    return { value: create(), dispose };
  });
}

function slugs(bookmarks: Bookmark[] | undefined): string[] | undefined {
  return bookmarks?.map((bookmark) => bookmark.slug);
}

/** Resolves once a plain Dexie live query has seen `expected`: every earlier write is visible by then. */
function settled<T>(query: () => Promise<T>, expected: T): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        if (JSON.stringify(value) !== JSON.stringify(expected)) return;
        subscription.unsubscribe();
        resolve();
      },
      error: reject,
    });
  });
}

describe('createLiveQuery', () => {
  it('is undefined before the first result arrives', () => {
    const { value: bookmarks } = inRoot(() => createLiveQuery(() => () => listBookmarks(db)));

    expect(bookmarks()).toBeUndefined();
  });

  it('then holds the query result', async () => {
    await db.bookmarks.bulkPut([
      { slug: 'alpha', title: 'Alpha', bookmarkedAt: 1 },
      { slug: 'beta', title: 'Beta', bookmarkedAt: 2 },
    ]);
    const { value: bookmarks } = inRoot(() => createLiveQuery(() => () => listBookmarks(db)));
    expect(bookmarks()).toBeUndefined();

    await vi.waitFor(() => expect(bookmarks()).toBeDefined());

    expect(bookmarks()).toEqual([
      { slug: 'beta', title: 'Beta', bookmarkedAt: 2 },
      { slug: 'alpha', title: 'Alpha', bookmarkedAt: 1 },
    ]);
  });

  it('updates when the table changes', async () => {
    const { value: bookmarks } = inRoot(() => createLiveQuery(() => () => listBookmarks(db)));
    await vi.waitFor(() => expect(bookmarks()).toEqual([]));

    await db.bookmarks.put({ slug: 'alpha', title: 'Alpha', bookmarkedAt: 1 });
    await vi.waitFor(() => expect(slugs(bookmarks())).toEqual(['alpha']));

    await db.bookmarks.put({ slug: 'beta', title: 'Beta', bookmarkedAt: 2 });
    await vi.waitFor(() => expect(slugs(bookmarks())).toEqual(['beta', 'alpha']));

    await db.bookmarks.delete('beta');
    await vi.waitFor(() => expect(slugs(bookmarks())).toEqual(['alpha']));
  });

  it('updates when another connection (another tab) writes', async () => {
    const otherTab = new FieldNotesDB(db.name);
    try {
      const { value: count } = inRoot(() => createLiveQuery(() => () => db.bookmarks.count()));
      await vi.waitFor(() => expect(count()).toBe(0));

      await otherTab.bookmarks.put({ slug: 'alpha', title: 'Alpha', bookmarkedAt: 1 });

      await vi.waitFor(() => expect(count()).toBe(1));
    } finally {
      otherTab.close();
    }
  });

  it('stays undefined while the source has no querier', async () => {
    const { value: count } = inRoot(() => createLiveQuery<number>(() => undefined));

    await db.bookmarks.put({ slug: 'alpha', title: 'Alpha', bookmarkedAt: 1 });
    await settled(() => db.bookmarks.count(), 1);

    expect(count()).toBeUndefined();
  });

  it('runs the new querier when a tracked input of the source changes', async () => {
    await db.readingState.bulkPut([
      { slug: 'alpha', anchor: 'intro', progress: 0.1, updatedAt: 1 },
      { slug: 'beta', anchor: 'outro', progress: 0.9, updatedAt: 2 },
    ]);
    const anchorOf = (slug: string) => async () => (await db.readingState.get(slug))?.anchor;
    const { value } = inRoot(() => {
      const [slug, setSlug] = createSignal('alpha');
      const anchor: Accessor<string | undefined> = createLiveQuery(() => anchorOf(slug()));
      return { anchor, setSlug };
    });
    await vi.waitFor(() => expect(value.anchor()).toBe('intro'));

    value.setSlug('beta');

    await vi.waitFor(() => expect(value.anchor()).toBe('outro'));
  });

  it('stops following the table once its root is disposed', async () => {
    const { value: count, dispose } = inRoot(() => createLiveQuery(() => () => db.bookmarks.count()));
    await vi.waitFor(() => expect(count()).toBe(0));

    dispose();
    await db.bookmarks.put({ slug: 'alpha', title: 'Alpha', bookmarkedAt: 1 });
    await settled(() => db.bookmarks.count(), 1);
    await db.bookmarks.toArray(); // one more round trip for any late result to land

    expect(count()).toBe(0);
  });
});
