import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataFiles } from '../../../src/build/data-files.ts';
import { makePost, serveDataFiles, SITE } from './fixtures.ts';

type Runtime = typeof import('../../../src/app/data/runtime.ts');

const POSTS = [makePost('newer'), makePost('older', { date: '2016-01-01T00:00:00.000Z' })];

// The runtime holds one start-up per page: each test loads it afresh.
let runtime: Runtime;

beforeEach(async () => {
  vi.resetModules();
  runtime = await import('../../../src/app/data/runtime.ts');
  serveDataFiles(buildDataFiles('v1', SITE, POSTS).files);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await runtime.database()?.delete();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startData', () => {
  it('opens the page’s database only once `after` has settled, then syncs into it', async () => {
    let release!: () => void;
    const after = new Promise<void>((resolve) => (release = resolve));
    const started = runtime.startData({ after });
    await wait(300);
    expect(runtime.database()).toBeUndefined();
    expect(runtime.syncStatus().state).toBe('syncing');

    release();
    await started;
    expect(runtime.database()).toBeDefined();
    expect(runtime.syncStatus()).toMatchObject({ state: 'done', result: { total: POSTS.length } });
    expect((await runtime.database()!.summaries.toArray()).map((post) => post.slug).sort()).toEqual(['newer', 'older']);
  });

  it('waits PAGE_DATABASE_WAIT_MS at most for an `after` that never settles', async () => {
    const began = performance.now();
    await runtime.startData({ after: new Promise(() => undefined) });
    expect(performance.now() - began).toBeGreaterThanOrEqual(runtime.PAGE_DATABASE_WAIT_MS - 5);
    expect(runtime.database()).toBeDefined();
    expect(runtime.syncStatus().state).toBe('done');
  });

  it('opens the database at once without `after`', async () => {
    const opened = runtime.whenDatabaseOpen();
    const started = runtime.startData();
    const first = await Promise.race([opened.then(() => 'opened'), wait(runtime.PAGE_DATABASE_WAIT_MS / 2)]);
    expect(first).toBe('opened');
    await started;
  });
});
