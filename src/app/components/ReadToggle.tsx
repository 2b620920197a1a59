import { canSaveReaderData } from '../data/actions.ts';
import { markReadOf } from '../data/read-actions.ts';

/** "Mark as read" / "Mark as unread" for one post; reaching the end of a post marks it read too. */
export function ReadToggle(props: { slug: string; title: string; read: boolean }) {
  return (
    <button
      type="button"
      class="read-toggle"
      aria-pressed={props.read}
      disabled={!canSaveReaderData()}
      onClick={() => void markReadOf(props.slug, !props.read)}
    >
      <svg class="read-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M4 12.5l5 5L20 6.5" />
      </svg>
      <span aria-hidden="true">{props.read ? 'Read' : 'Mark as read'}</span>
      <span class="visually-hidden">Read {props.title}</span>
    </button>
  );
}
