import { Show } from 'solid-js';
import { dismissPersistenceNotice, persistenceNotice } from '../data/persistence-notice.ts';

/** Says once, after the first bookmark, whether the browser agreed to keep this site's data. */
export function PersistenceToast() {
  return (
    <Show when={persistenceNotice()}>
      {(outcome) => (
        <div class="toast">
          <p>
            {outcome() === 'memory'
              ? 'Bookmarked for this visit only: this browser is not keeping data.'
              : outcome() === 'granted'
                ? 'Bookmark saved. This browser will keep your bookmarks even when space runs low.'
                : 'Bookmark saved. This browser may clear saved data when space runs low; export your bookmarks to keep a copy.'}
          </p>
          <button type="button" class="toast-dismiss" onClick={dismissPersistenceNotice}>
            Dismiss
          </button>
        </div>
      )}
    </Show>
  );
}
