import { Show } from 'solid-js';

/** The "Save everything now" and "Free up space" buttons and their status line; the page does the work. */
export function OfflineActions(props: {
  missing: boolean;
  online: boolean;
  status: string | undefined;
  onSave: () => void;
  onFree: () => void;
}) {
  return (
    <div class="offline-actions">
      <Show when={props.missing}>
        <button type="button" disabled={!props.online} onClick={() => props.onSave()}>
          Save everything now
        </button>
        <Show when={!props.online}>
          <p class="offline-actions-note">Saving needs a connection.</p>
        </Show>
      </Show>
      <button type="button" onClick={() => props.onFree()}>
        Free up space
      </button>
      <p class="offline-actions-note">
        Free up space removes the search index’s texts and the pictures saved in the background. Posts stay readable
        offline, and your bookmarks, read posts, reading positions and settings are never touched. Offline search and
        those pictures are saved again the next time you open the site online.
      </p>
      <p class="offline-actions-status" role="status">
        {props.status ?? ''}
      </p>
    </div>
  );
}
