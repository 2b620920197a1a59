import 'fake-indexeddb/auto';
import { createRoot } from 'solid-js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCatalog } from '../../../src/app/data/catalog.ts';
import { startData, syncStatus } from '../../../src/app/data/runtime.ts';
import { buildDataFiles } from '../../../src/build/content/data-files.ts';
import type { Post } from '../../../src/shared/post.ts';
import { stopAppData } from './app-data.ts';
import { makePost, serveDataFiles, SITE } from './fixtures.ts';

// Newest first, as the build lists them: enough posts for a couple of dozen body bundles.
const POSTS: Post[] = Array.from({ length: 2400 }, (_, i) =>
  makePost(`post-${2399 - i}`, { date: new Date(Date.UTC(2020, 0, 1) + (2399 - i) * 3_600_000).toISOString() }),
);

afterAll(stopAppData);

describe('the summaries catalog during a first sync', () => {
  it('is not read again after every batch the sync writes, and holds every post once it is over', async () => {
    const { files } = buildDataFiles('v1', SITE, POSTS);
    const bundles = files.filter((file) => file.fileName.startsWith('data/bundles/')).length;
    expect(bundles).toBeGreaterThanOrEqual(20);
    serveDataFiles(files);

    // Every way a read reaches the summaries store or one of its indexes.
    const methods = ['getAll', 'getAllKeys', 'openCursor', 'openKeyCursor'] as const;
    const spies = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
      methods.map((method) => vi.spyOn(proto, method)),
    );
    const summaryReads = () =>
      spies
        .flatMap((spy) => spy.mock.contexts as (IDBObjectStore | IDBIndex)[])
        .filter((target) => ('objectStore' in target ? target.objectStore : target).name === 'summaries').length;

    const { catalog, dispose } = createRoot((dispose) => ({ catalog: createCatalog(), dispose }));
    try {
      await startData();
      expect(syncStatus().state).toBe('done');
      await vi.waitFor(() => expect(catalog()?.bySlug.size).toBe(POSTS.length));
      // Once to diff, once or twice while the sync writes, once live when it is over: not once a batch.
      expect(summaryReads()).toBeLessThan(bundles / 3);
    } finally {
      dispose();
      for (const spy of spies) spy.mockRestore();
    }
  });
});
