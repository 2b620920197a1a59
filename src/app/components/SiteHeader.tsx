import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { online } from '../pwa/online-status.ts';
import { createBookmarkCount } from '../data/queries.ts';

/** The site title, the navigation and the connection status. */
export function SiteHeader() {
  const bookmarks = createBookmarkCount();
  return (
    <header class="site-header">
      <A href="/" class="site-title" end>
        {site.title}
      </A>
      <nav aria-label="Main">
        <A href="/" end>
          Posts
        </A>
        <A href="/tags">Tags</A>
        <A href="/bookmarks">
          Bookmarks
          {/* Read as "Bookmarks, 3 saved"; the badge alone would be read as "Bookmarks 3". */}
          <Show when={bookmarks()}>
            {(count) => (
              <>
                <span class="nav-count" aria-hidden="true">
                  {count()}
                </span>
                <span class="visually-hidden">, {count()} saved</span>
              </>
            )}
          </Show>
        </A>
      </nav>
      <Show when={!online()}>
        <span class="connection-status" role="status">
          Offline
        </span>
      </Show>
    </header>
  );
}
