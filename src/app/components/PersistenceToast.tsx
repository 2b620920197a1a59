import { Show } from 'solid-js';
import { dismissPersistenceNotice, persistenceNotice, type PersistenceOutcome } from '../data/persistence-notice.ts';

const MESSAGES: Record<PersistenceOutcome, string> = {
  memory: 'Bookmarked for this visit only: this browser is not keeping data.',
  granted: 'Bookmark saved. This browser will keep your bookmarks even when space runs low.',
  denied:
    'Bookmark saved. This browser may clear saved data when space runs low; export your bookmarks to keep a copy.',
  'not-saved': 'The bookmark could not be saved: this browser refused to store it (its storage may be full).',
};

/** Says once, after the first bookmark, whether the browser agreed to keep this site's data, or that a bookmark failed. */
export function PersistenceToast() {
  return (
    <Show when={persistenceNotice()}>
      {(outcome) => (
        <div class="toast">
          <p>{MESSAGES[outcome()]}</p>
          <button type="button" class="toast-dismiss" onClick={dismissPersistenceNotice}>
            Dismiss
          </button>
        </div>
      )}
    </Show>
  );
}
