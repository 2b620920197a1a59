import { A } from '@solidjs/router';

/** What the bookmarks page says before anything is bookmarked: how to bookmark. */
export function EmptyBookmarks() {
  return (
    <div class="empty-bookmarks">
      <svg class="empty-bookmarks-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
        <path d="M6 3h12v18l-6-4.5L6 21z" />
      </svg>
      <p>
        <strong>No bookmarks yet.</strong> Press <span class="inline-button">Bookmark</span> on any post and it appears
        here, ready to read offline.
      </p>
      <p>
        <A href="/">Browse the latest posts</A>
      </p>
    </div>
  );
}
