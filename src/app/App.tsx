import { Route, Router } from '@solidjs/router';
import type { ParentProps } from 'solid-js';
import { SiteFooter } from './components/SiteFooter.tsx';
import { SiteHeader } from './components/SiteHeader.tsx';
import { StorageNotices } from './components/StorageNotices.tsx';
import { Toasts } from './components/Toasts.tsx';
import { HomePage } from './routes/HomePage.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { OfflinePage } from './routes/OfflinePage.tsx';
import { PostPage } from './routes/PostPage.tsx';

function Layout(props: ParentProps) {
  return (
    <>
      <a class="skip-link" href="#content">
        Skip to content
      </a>
      <SiteHeader />
      <StorageNotices />
      <main id="content">{props.children}</main>
      <SiteFooter />
      <Toasts />
    </>
  );
}

/** The page shell and its routes. */
export function App() {
  return (
    <Router root={Layout} base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <Route path="/" component={HomePage} />
      <Route path="/posts/:slug" component={PostPage} />
      <Route path="/offline" component={OfflinePage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
