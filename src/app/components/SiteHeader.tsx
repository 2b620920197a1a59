import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { online } from '../pwa/online-status.ts';
import { HeaderTools } from './HeaderTools.tsx';
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
        {/* Named "Bookmarks, 3 saved": the badge alone would be read as "Bookmarks 3". */}
        <A href="/bookmarks" aria-label={bookmarks() ? `Bookmarks, ${bookmarks()} saved` : undefined}>
          Bookmarks
          <Show when={bookmarks()}>
            <span class="nav-count" aria-hidden="true">
              {bookmarks()}
            </span>
          </Show>
        </A>
      </nav>
      <Show when={!online()}>
        <span class="connection-status" role="status">
          Offline
        </span>
      </Show>
      <HeaderTools />
    </header>
  );
}
