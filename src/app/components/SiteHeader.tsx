import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { online } from '../pwa/online-status.ts';
import { HeaderTools } from './HeaderTools.tsx';

/** The site title, the navigation and the connection status. */
export function SiteHeader() {
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
        <A href="/bookmarks">Bookmarks</A>
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
