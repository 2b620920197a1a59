import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncInWorker, SyncWorkerUnavailable, type SyncWorkerMessage } from '../../../src/app/data/sync-in-worker.ts';
import type { SyncProgress, SyncResult } from '../../../src/app/data/sync.ts';

// The page's half of the worker protocol. The browser's Worker is a stand-in here (Node has no
// Web Workers); test/e2e/sync-worker.spec.ts runs the real worker in Chromium.
class StandInWorker extends EventTarget {
  static started: StandInWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;

  constructor(readonly url: URL | string) {
    super();
    StandInWorker.started.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker says something to the page. */
  say(message: SyncWorkerMessage): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const REQUEST = { databaseName: 'test', indexUrl: 'data/index.abc.json' };
const RESULT: SyncResult = { version: 'v1', added: 2, updated: 0, removed: 0, total: 2 };

function start(signal?: AbortSignal) {
  vi.stubGlobal('Worker', StandInWorker);
  const progress: SyncProgress[] = [];
  const outcome = syncInWorker(REQUEST, (step) => progress.push(step), signal);
  const worker = StandInWorker.started.at(-1)!;
  return { outcome, progress, worker };
}

afterEach(() => {
  vi.unstubAllGlobals();
  StandInWorker.started = [];
});

describe('syncInWorker', () => {
  it('sends the request, relays progress and resolves with the result, then ends the worker', async () => {
    const { outcome, progress, worker } = start();
    expect(String(worker.url)).toMatch(/sync-worker/);
    expect(worker.posted).toEqual([REQUEST]);
    worker.say({ kind: 'progress', progress: { saved: 0, total: 2 } });
    worker.say({ kind: 'progress', progress: { saved: 2, total: 2 } });
    expect(worker.terminated).toBe(false);
    worker.say({ kind: 'done', result: RESULT });
    await expect(outcome).resolves.toEqual(RESULT);
    expect(progress).toEqual([
      { saved: 0, total: 2 },
      { saved: 2, total: 2 },
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the sync error itself when the sync failed: the page must not run it again', async () => {
    const { outcome, worker } = start();
    worker.say({ kind: 'failed', name: 'StorageWriteError', message: 'QuotaExceededError: full' });
    const error = await outcome.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SyncWorkerUnavailable);
    // The name crosses too: the page tells refused writes (kept in memory instead) from a failed fetch.
    expect((error as Error).name).toBe('StorageWriteError');
    expect((error as Error).message).toBe('QuotaExceededError: full');
    expect(worker.terminated).toBe(true);
  });

  it('rejects as unavailable when the worker cannot open the database or does not start', async () => {
    const refused = start();
    refused.worker.say({ kind: 'unavailable', message: 'SecurityError' });
    await expect(refused.outcome).rejects.toBeInstanceOf(SyncWorkerUnavailable);

    const broken = start();
    broken.worker.dispatchEvent(Object.assign(new Event('error'), { message: '' }));
    await expect(broken.outcome).rejects.toThrow(new SyncWorkerUnavailable('The sync worker did not start'));
    expect(broken.worker.terminated).toBe(true);
  });

  it('rejects as unavailable where the browser has no Web Workers', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(syncInWorker(REQUEST, () => undefined)).rejects.toBeInstanceOf(SyncWorkerUnavailable);
  });

  it('ends the worker when the page stops it, and ignores whatever it still says', async () => {
    const stop = new AbortController();
    const { outcome, progress, worker } = start(stop.signal);
    stop.abort(new Error('the database is in memory'));
    await expect(outcome).rejects.toThrow('the database is in memory');
    expect(worker.terminated).toBe(true);
    worker.say({ kind: 'progress', progress: { saved: 1, total: 2 } });
    worker.say({ kind: 'done', result: RESULT });
    expect(progress).toEqual([]);
  });
});
