import 'fake-indexeddb/auto';
import { createRoot, createSignal } from 'solid-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTagFilter } from '../../../src/app/routes/tagged-posts.data.ts';
import type { Post } from '../../../src/shared/post.ts';
import { startAppData, stopAppData } from '../data/app-data.ts';
import { makePost } from '../data/fixtures.ts';

// Newest first, as the build lists them.
const POSTS: Post[] = Array.from({ length: 60 }, (_, i) =>
  makePost(`post-${59 - i}`, {
    date: new Date(Date.UTC(2024, 0, 1) + (59 - i) * 86_400_000).toISOString(),
    tags: [(59 - i) % 2 ? 'odd' : 'even', ...((59 - i) % 3 === 0 ? ['third'] : [])],
  }),
);

// The real start-up path over a stubbed network serving what the build would emit.
beforeAll(() => startAppData(POSTS));
afterAll(stopAppData);

describe('createTagFilter', () => {
  it('answers a new selection from memory, at once, without touching IndexedDB', async () => {
    const [selected, setSelected] = createSignal<string[]>([]);
    const { result, dispose } = createRoot((dispose) => ({ result: createTagFilter(selected), dispose }));
    try {
      await vi.waitFor(() => expect(result()?.total).toBe(60));
      expect(
        result()
          ?.posts.map((post) => post.slug)
          .slice(0, 3),
      ).toEqual(['post-59', 'post-58', 'post-57']);

      // Every way a read reaches an object store or an index.
      const methods = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;
      const spies = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
        methods.map((method) => vi.spyOn(proto, method)),
      );
      const reads = () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
      try {
        setSelected(['odd', 'third']);
        // Synchronously: no await between the change and the answer.
        expect(result()?.posts.map((post) => post.slug)).toEqual(
          POSTS.filter((post) => post.tags.includes('odd') && post.tags.includes('third')).map((post) => post.slug),
        );
        expect(result()?.tags.find((facet) => facet.tag === 'even')).toMatchObject({ count: 0, selected: false });
        setSelected([]);
        expect(result()?.slugs).toHaveLength(60);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(reads()).toBe(0);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    } finally {
      dispose();
    }
  });
});
