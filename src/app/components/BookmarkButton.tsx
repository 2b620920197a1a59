import { toggleBookmarkOf, canSaveReaderData } from '../data/actions.ts';

/**
 * A toggle that bookmarks a post. Its name stays "Bookmark <title>" and `aria-pressed` carries
 * the state, so screen readers announce "Bookmark …, toggle button, pressed".
 */
export function BookmarkButton(props: { slug: string; title: string; bookmarked: boolean }) {
  return (
    <button
      type="button"
      class="bookmark-button"
      aria-pressed={props.bookmarked}
      disabled={!canSaveReaderData()}
      data-shortcut="bookmark"
      onClick={() => void toggleBookmarkOf({ slug: props.slug, title: props.title })}
    >
      <svg class="bookmark-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M6 3h12v18l-6-4.5L6 21z" />
      </svg>
      <span>{props.bookmarked ? 'Bookmarked' : 'Bookmark'}</span>
      <span class="visually-hidden">{` ${props.title}`}</span>
    </button>
  );
}
