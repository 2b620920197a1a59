import { expect, vi } from 'vitest';
import { database, startData, syncStatus } from '../../../src/app/data/runtime.ts';
import { buildDataFiles } from '../../../src/build/content/data-files.ts';
import type { Post } from '../../../src/shared/post.ts';
import { serveDataFiles, SITE } from './fixtures.ts';

/**
 * The app's real start-up path (`startData`) over a stubbed network serving what the build would
 * emit for `posts` (newest first); resolves once the sync is done. Needs fake-indexeddb/auto.
 */
export async function startAppData(posts: readonly Post[]): Promise<void> {
  serveDataFiles(buildDataFiles('v1', SITE, [...posts]).files);
  await startData();
  expect(syncStatus().state).toBe('done');
}

/** Undoes what the app's data start-up left: the stubbed network and the database. */
export async function stopAppData(): Promise<void> {
  vi.unstubAllGlobals();
  await database()?.delete();
}
