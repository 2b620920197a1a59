import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { online } from '../pwa/online-status.ts';
import { HeaderTools } from './HeaderTools.tsx';
import { createBookmarkCount } from '../data/bookmark-queries.ts';
import { createIndexVersion } from '../search/index-version.ts';
import { warmPagefind } from '../search/pagefind.ts';
import { useSearchAddress } from '../search/search-address.ts';
import { SearchBox } from './SearchBox.tsx';

/** The site title, the navigation, the search field and the connection status. */
export function SiteHeader() {
  const bookmarks = createBookmarkCount();
  const search = useSearchAddress();
  const indexVersion = createIndexVersion();
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
        {/* Read as "Bookmarks 3 saved": the name keeps the visible words, plus what the number means. */}
        <A href="/bookmarks">
          Bookmarks
          <Show when={bookmarks()}>
            {' '}
            <span class="nav-count">
              {bookmarks()}
              <span class="visually-hidden"> saved</span>
            </span>
          </Show>
        </A>
      </nav>
      <Show when={!online()}>
        <span class="connection-status" role="status">
          Offline
        </span>
      </Show>
      <SearchBox
        value={search.query()}
        onInput={search.setQuery}
        onFocus={() => warmPagefind(indexVersion())}
        onArrowDown={() => document.querySelector<HTMLElement>('.search-result h2 a')?.focus()}
      />
      <HeaderTools />
    </header>
  );
}
