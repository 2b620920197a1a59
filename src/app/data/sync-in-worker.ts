import type { SyncProgress, SyncResult } from './sync.ts';

/** Syncs an IndexedDB database in a worker, off the main thread; rejects with `SyncWorkerUnavailable` if none can. */
export function syncInWorker(
  request: SyncRequest,
  onProgress: (progress: SyncProgress) => void,
  signal?: AbortSignal,
): Promise<SyncResult> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') {
      reject(new SyncWorkerUnavailable('This browser has no Web Workers'));
      return;
    }
    // The page's live queries still see its writes: Dexie tells the origin's other contexts of each commit.
    const worker = new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module', name: 'sync' });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      outcome();
    };
    worker.addEventListener('message', ({ data: message }: MessageEvent<SyncWorkerMessage>) => {
      if (settled) return;
      if (message.kind === 'progress') onProgress(message.progress);
      else if (message.kind === 'done') settle(() => resolve(message.result));
      else if (message.kind === 'failed')
        settle(() => reject(Object.assign(new Error(message.message), { name: message.name })));
      else settle(() => reject(new SyncWorkerUnavailable(message.message)));
    });
    // The worker's script did not load or threw: offline before its chunk was cached, for one.
    worker.addEventListener('error', (event) =>
      settle(() => reject(new SyncWorkerUnavailable(event.message || 'The sync worker did not start'))),
    );
    // The page no longer wants it (its database is in memory, which the worker cannot reach).
    signal?.addEventListener('abort', () => settle(() => reject(signal.reason)), { once: true });
    worker.postMessage(request);
  });
}

/** What the page asks the worker to sync. */
export interface SyncRequest {
  databaseName: string;
  /** This build's index manifest, relative to the site's base path. */
  indexUrl: string;
}

/** What the worker tells the page. */
export type SyncWorkerMessage =
  | { kind: 'progress'; progress: SyncProgress }
  | { kind: 'done'; result: SyncResult }
  /** `name` is the error's, so the page can tell a StorageWriteError from a failed fetch. */
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'unavailable'; message: string };

/** No worker could run the sync; the caller runs it on the page. */
export class SyncWorkerUnavailable extends Error {
  override name = 'SyncWorkerUnavailable';
}
