import { For, Show } from 'solid-js';
import type { Bookmark } from '../data/db.ts';
import { removeBookmarkOf } from '../data/actions.ts';

/** Bookmarks whose post is no longer published: kept, named by their stored title, removable. */
export function UnavailableBookmarks(props: { bookmarks: Bookmark[] }) {
  return (
    <Show when={props.bookmarks.length > 0}>
      <section class="unavailable-bookmarks" aria-labelledby="unavailable-heading">
        <h2 id="unavailable-heading">No longer available</h2>
        <p class="unavailable-note">These posts were taken down since you bookmarked them.</p>
        <ul>
          <For each={props.bookmarks}>
            {(bookmark) => (
              <li>
                <span class="unavailable-title">{bookmark.title}</span>
                <span class="unavailable-badge">no longer available</span>
                <button
                  type="button"
                  // A failure is told in a toast (removeBookmarkOf); the bookmark stays listed.
                  onClick={() => void removeBookmarkOf(bookmark.slug).catch(() => undefined)}
                >
                  Remove <span class="visually-hidden">{bookmark.title}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
