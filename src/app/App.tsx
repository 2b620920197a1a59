import { Route, Router } from '@solidjs/router';
import { createSignal, onCleanup, onMount, type ParentProps } from 'solid-js';
import { IosInstallHint } from './components/IosInstallHint.tsx';
import { PageErrorBoundary } from './components/PageErrorBoundary.tsx';
import { SiteFooter } from './components/SiteFooter.tsx';
import { RouteAnnouncer } from './components/RouteAnnouncer.tsx';
import { ShortcutsDialog } from './components/ShortcutsDialog.tsx';
import { SiteHeader } from './components/SiteHeader.tsx';
import { StorageNotices } from './components/StorageNotices.tsx';
import { Toasts } from './components/Toasts.tsx';
import { databaseLost } from './data/runtime.ts';
import { installKeyboardShortcuts } from './keyboard/install-shortcuts.ts';
import { navigateWholePagesWhile } from './navigation/whole-page-navigation.ts';
import { HomePage } from './routes/home/HomePage.tsx';
import { NotFoundPage } from './routes/not-found/NotFoundPage.tsx';
import { lazyPages } from './routes/lazy-pages.ts';
import { SeedProvider, type SeedSource } from './prerender/seeds.ts';
import { PrerenderedMetaProvider, type PageMeta } from './page-meta.ts';

function Layout(props: ParentProps) {
  const [shortcutsOpen, setShortcutsOpen] = createSignal(false);
  onMount(() => onCleanup(installKeyboardShortcuts(() => setShortcutsOpen(true))));
  navigateWholePagesWhile(() => databaseLost() !== undefined);
  return (
    <>
      <a class="skip-link" href="#content">
        Skip to content
      </a>
      <SiteHeader />
      <StorageNotices />
      <IosInstallHint />
      <main id="content" tabindex="-1">
        <PageErrorBoundary>{props.children}</PageErrorBoundary>
      </main>
      <SiteFooter />
      <Toasts />
      <RouteAnnouncer />
      <ShortcutsDialog open={shortcutsOpen()} onClose={() => setShortcutsOpen(false)} />
    </>
  );
}

/** The page shell and its routes. Only the prerenderer passes `url` and `onPageMeta`; `seeds` are a page's values. */
export function App(props: { url?: string; seeds?: SeedSource; onPageMeta?: (meta: PageMeta) => void }) {
  return (
    // eslint-disable-next-line solid/reactivity -- read once: a page's seeds never change.
    <SeedProvider value={props.seeds}>
      {/* eslint-disable-next-line solid/reactivity -- read once: only the prerenderer passes it. */}
      <PrerenderedMetaProvider value={props.onPageMeta}>
        <Router root={Layout} base={import.meta.env.BASE_URL.replace(/\/$/, '')} url={props.url}>
          <Route path="/" component={HomePage} />
          <Route path="/posts/:slug" component={lazyPages.post} />
          <Route path="/tags" component={lazyPages.tags} />
          <Route path="/tags/:tag" component={lazyPages.tag} />
          <Route path="/bookmarks" component={lazyPages.bookmarks} />
          <Route path="/offline" component={lazyPages.offline} />
          <Route path="/search" component={lazyPages.search} />
          <Route path="*" component={NotFoundPage} />
        </Router>
      </PrerenderedMetaProvider>
    </SeedProvider>
  );
}
