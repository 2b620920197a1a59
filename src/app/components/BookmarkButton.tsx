import { toggleBookmarkOf, canSaveReaderData } from '../data/actions.ts';

/** A toggle that bookmarks a post; pass `bookmarked` from one query of every bookmarked slug, not one per button. */
export function BookmarkButton(props: { slug: string; title: string; bookmarked: boolean }) {
  // A failure is told in a toast (toggleBookmarkOf); the button keeps showing the stored state.
  const toggle = () => {
    toggleBookmarkOf({ slug: props.slug, title: props.title }, props.bookmarked).catch((error: unknown) => {
      console.warn('Could not save the bookmark', error);
    });
  };
  return (
    <button
      type="button"
      class="bookmark-button"
      aria-pressed={props.bookmarked}
      disabled={!canSaveReaderData()}
      data-shortcut="bookmark"
      onClick={toggle}
    >
      <svg class="bookmark-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M6 3h12v18l-6-4.5L6 21z" />
      </svg>
      {/* The name stays "Bookmark <title>" and aria-pressed carries the state; only the visible label changes. */}
      <span aria-hidden="true">{props.bookmarked ? 'Bookmarked' : 'Bookmark'}</span>
      <span class="visually-hidden">Bookmark {props.title}</span>
    </button>
  );
}
