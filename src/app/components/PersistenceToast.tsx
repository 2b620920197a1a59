import { Show } from 'solid-js';
import {
  dismissPersistenceNotice,
  persistenceNotice,
  type PersistenceOutcome,
  type ReaderDataNotice,
  type ReaderWrite,
} from '../data/persistence-notice.ts';
import { storageMode } from '../data/runtime.ts';
import { MEMORY_CAUSE_REASONS, WRITE_FAILURE_REASONS } from '../data/write-outcome.ts';

const OUTCOMES: Record<Exclude<PersistenceOutcome, 'memory'>, string> = {
  granted: 'Bookmark saved. This browser will keep your bookmarks even when space runs low.',
  denied:
    'Bookmark saved. This browser may clear saved data when space runs low; export your bookmarks to keep a copy.',
};

const WRITES: Record<ReaderWrite, string> = {
  bookmark: 'The bookmark',
  'read-mark': 'The read mark',
  'reading-position': 'Your place in the post',
};

function messageOf(notice: ReaderDataNotice): string {
  if (typeof notice === 'object')
    return `${WRITES[notice.notSaved]} could not be saved: ${WRITE_FAILURE_REASONS[notice.failure]}`;
  if (notice !== 'memory') return OUTCOMES[notice];
  const mode = storageMode();
  return `Bookmarked for this visit only: ${MEMORY_CAUSE_REASONS[mode?.kind === 'memory' ? mode.cause : 'refused']}`;
}

/** Says once, after the first bookmark, whether the browser agreed to keep this site's data, or that a write failed and why. */
export function PersistenceToast() {
  return (
    <Show when={persistenceNotice()}>
      {(notice) => (
        <div class="toast">
          <p>{messageOf(notice())}</p>
          <button type="button" class="toast-dismiss" onClick={dismissPersistenceNotice}>
            Dismiss
          </button>
        </div>
      )}
    </Show>
  );
}
