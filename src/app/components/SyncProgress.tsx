import { createUniqueId, Show } from 'solid-js';
import { syncStatus } from '../data/runtime.ts';
import { formatCount } from '../format.ts';

/** "Saving posts for offline: 3,200 of 10,000" while a sync has posts left to save. */
export function SyncProgress() {
  const labelId = createUniqueId();
  const progress = () => {
    const status = syncStatus();
    return status.state === 'syncing' && status.progress && status.progress.saved < status.progress.total
      ? status.progress
      : undefined;
  };
  // Not a live region: a count changing every batch would keep interrupting a screen reader. The toast "Ready to read
  // offline" says when it is over.
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
