import { createUniqueId, Show } from 'solid-js';
import { syncStatus } from '../data/runtime.ts';
import { formatCount } from '../format.ts';

/**
 * "Saving posts for offline: 3,200 of 10,000" while a sync has posts left to save; gone when it
 * is done. Not a live region: a count changing every batch would keep interrupting a screen
 * reader. The bar carries the same numbers for whoever looks for it; "Ready to read offline"
 * (a polite status) says when it is over.
 */
export function SyncProgress() {
  const labelId = createUniqueId();
  const progress = () => {
    const status = syncStatus();
    return status.state === 'syncing' && status.progress && status.progress.saved < status.progress.total
      ? status.progress
      : undefined;
  };
  return (
    <Show when={progress()}>
      {(current) => (
        <div class="toast sync-progress">
          <p id={labelId}>
            Saving posts for offline: {formatCount(current().saved)} of {formatCount(current().total)}
          </p>
          <progress aria-labelledby={labelId} max={current().total} value={current().saved} />
        </div>
      )}
    </Show>
  );
}
