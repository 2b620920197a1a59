import { renderToString } from 'solid-js/web';
import { App } from './App.tsx';
import { documentHead, type DocumentHead, type PageMeta } from './page-meta.ts';
import { preloadAllPages } from './routes/lazy-pages.ts';
import { serverSeeds, type BuildContent } from './prerender/seeds.ts';

/** One prerendered page: the app's markup, its `<head>` text and the values it was rendered with. */
export interface RenderedPage extends DocumentHead {
  html: string;
  /** Embedded in the page so hydration starts from exactly these (see prerender/seeds.ts). */
  seeds: Record<string, unknown>;
}

/** Loads every page module, so each page then renders synchronously. Call once before rendering. */
export function preparePrerender(): Promise<unknown> {
  return preloadAllPages();
}

/** Renders the app at `url` (a full path, base path included) from the build's content. */
export function renderPage(url: string, content: BuildContent): RenderedPage {
  const seeds = serverSeeds(content);
  let meta: PageMeta = {};
  const html = renderToString(() => <App url={url} seeds={seeds.source} onPageMeta={(said) => (meta = said)} />);
  return { html, ...documentHead(meta, url), seeds: seeds.embedded };
}
