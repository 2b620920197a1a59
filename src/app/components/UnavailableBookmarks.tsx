import { createSignal, For, Show } from 'solid-js';
import type { Bookmark } from '../data/db.ts';
import { removeBookmarkOf } from '../data/actions.ts';
import { formatCount } from '../format.ts';
import { firstWindow, fitWindow, MAX_RENDERED, PAGE_SIZE, showEarlier, showMore } from '../list-window.ts';

/** Bookmarks whose post is no longer published: kept, named by their stored title, removable, a window at a time. */
export function UnavailableBookmarks(props: { bookmarks: Bookmark[] }) {
  // Windowed like PostList: a reading file from elsewhere can bring thousands, and rendering them all
  // kept the page from answering for seconds.
  const [requested, setRequested] = createSignal(firstWindow(PAGE_SIZE));
  const range = () => fitWindow(requested(), props.bookmarks.length, PAGE_SIZE);
  const remaining = () => props.bookmarks.length - range().end;
  return (
    <Show when={props.bookmarks.length > 0}>
      <section class="unavailable-bookmarks" aria-labelledby="unavailable-heading">
        <h2 id="unavailable-heading">No longer available</h2>
        <p class="unavailable-note">These posts were taken down since you bookmarked them.</p>
        <Show when={range().start > 0}>
          <p class="list-window-note">
            Bookmarks {formatCount(range().start + 1)} to {formatCount(range().end)} of{' '}
            {formatCount(props.bookmarks.length)}.{' '}
            <button type="button" onClick={() => setRequested(showEarlier(range(), PAGE_SIZE, MAX_RENDERED))}>
              Show {Math.min(range().start, PAGE_SIZE)} earlier bookmarks
            </button>
          </p>
        </Show>
        <ul>
          <For each={props.bookmarks.slice(range().start, range().end)}>
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
        <Show when={remaining() > 0}>
          <button
            type="button"
            class="show-more"
            onClick={() => setRequested(showMore(range(), props.bookmarks.length, PAGE_SIZE, MAX_RENDERED))}
          >
            Show {Math.min(remaining(), PAGE_SIZE)} more of {formatCount(remaining())} bookmarks
          </button>
        </Show>
      </section>
    </Show>
  );
}
