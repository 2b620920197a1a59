// What a lost connection cut short is taken up again once it is back, so no notice of that failure outlives its cause.
import { createEffect, createRoot, on } from 'solid-js';
import { database, startData, syncAgain, syncStatus } from '../data/runtime.ts';

// A sync under way as the connection went may fail only after it is back, and the browser may bring the page online
// before the sync's own worker: each return of the connection earns a few more tries.
const RETRY_DELAYS_MS = [2_000, 10_000, 60_000];

/**
 * Once back online, saves the posts again if this visit's sync failed, then calls `afterPosts` (which saves the search
 * texts and pictures the connection may also have cut short); the notices follow the sync's new outcome.
 */
export function resumeSavingWhenOnline(afterPosts: () => void): void {
  let retriesLeft: number[] = [];
  let resumed = false;
  const syncOnceMore = () => {
    resumed = true;
    // With no database open, the data layer itself did not load: start-up is run again from there.
    void (database() ? syncAgain() : startData());
  };
  const retryLater = () => {
    const delay = retriesLeft.shift();
    if (delay !== undefined && navigator.onLine) setTimeout(syncOnceMore, delay);
  };

  window.addEventListener('online', () => {
    retriesLeft = [...RETRY_DELAYS_MS];
    const { state } = syncStatus();
    if (state === 'done') afterPosts();
    else if (state === 'failed') syncOnceMore();
  });
  createRoot(() =>
    createEffect(
      on(
        () => syncStatus().state,
        (state) => {
          if (state === 'failed') retryLater();
          else if (state === 'done' && resumed) {
            resumed = false;
            afterPosts();
          }
        },
        { defer: true },
      ),
    ),
  );
}
