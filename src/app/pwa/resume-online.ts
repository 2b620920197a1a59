// What a lost connection cut short is taken up again once it is back, so no notice of that failure outlives its cause.
import { database, startData, syncAgain, syncStatus } from '../data/runtime.ts';

/**
 * Once back online, saves the posts again if this visit's sync failed, then calls `afterPosts` (which saves the search
 * texts and pictures the connection may also have cut short); the notices follow the sync's new outcome.
 */
export function resumeSavingWhenOnline(afterPosts: () => void): void {
  window.addEventListener('online', () => {
    const { state } = syncStatus();
    if (state === 'done') afterPosts();
    if (state !== 'failed') return;
    // With no database open, the data layer itself did not load: start-up is run again from there.
    const again = database() ? syncAgain() : startData();
    void again.then(() => {
      if (syncStatus().state === 'done') afterPosts();
    });
  });
}
