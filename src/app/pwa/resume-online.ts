// What a lost connection cut short is taken up again once it is back, so no notice of that failure outlives its cause.
import { createEffect, createRoot, on } from 'solid-js';
import { database, startData, syncAgain, syncStatus } from '../data/runtime.ts';

/**
 * Once back online, saves the posts again if this visit's sync failed, then calls `afterPosts` (which saves the search
 * texts and pictures the connection may also have cut short); the notices follow the sync's new outcome.
 */
export function resumeSavingWhenOnline(afterPosts: () => void): void {
  // Set when the connection returns, cleared by the one retry that return earns.
  let retryEarned = false;
  const retry = () => {
    retryEarned = false;
    // With no database open, the data layer itself did not load: start-up is run again from there.
    const again = database() ? syncAgain() : startData();
    void again.then(() => {
      if (syncStatus().state === 'done') afterPosts();
    });
  };
  window.addEventListener('online', () => {
    retryEarned = true;
    const { state } = syncStatus();
    if (state === 'failed') retry();
    else if (state === 'done') afterPosts();
  });
  // A sync under way as the connection went may only fail once it is back: that failure is retried too.
  createRoot(() =>
    createEffect(
      on(
        () => syncStatus().state,
        (state) => {
          if (state === 'failed' && retryEarned && navigator.onLine) retry();
        },
      ),
    ),
  );
}
