import { createContext, createEffect, useContext } from 'solid-js';
import { isServer } from 'solid-js/web';
import { site } from 'virtual:field-notes/content';
import type { HeadTag } from '../shared/head-tag.ts';

/** What a route says about itself to the browser tab, search engines, link previews and screen readers. */
export interface PageMeta {
  /** The page's own title; the site title is appended. Omit it on the home page. */
  title?: string;
  description?: string;
  /** A post: shared as an article, with the date it was first published (ISO 8601). */
  published?: string;
  /** False for a page with no address of its own (Not found): no canonical link or og:url. */
  canonical?: false;
}

/** What a page's `<head>` carries besides its styles and scripts. */
export interface DocumentHead {
  title: string;
  description: string;
  tags: HeadTag[];
}

/** Every element `HeadTag` describes, so a client-side navigation can replace the last page's. */
const HEAD_TAG_SELECTOR =
  'link[rel="canonical"], meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]';

/** Keeps the `<head>` in step with the route; it touches `document` only in an effect, never when prerendering. */
export function usePageMeta(meta: () => PageMeta): void {
  if (isServer) {
    useContext(PrerenderedMeta)?.(meta());
    return;
  }
  createEffect(() => {
    const head = documentHead(meta(), window.location.pathname);
    document.title = head.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
    for (const element of document.head.querySelectorAll(HEAD_TAG_SELECTOR)) element.remove();
    document.head.append(...head.tags.map(headElement));
  });
}

/** The head of the page at `pathname` (base path included) that says `meta` of itself. */
export function documentHead(meta: PageMeta, pathname: string): DocumentHead {
  const title = meta.title ? `${meta.title} · ${site.title}` : site.title;
  const description = meta.description ?? site.description;
  // `./` so a path segment holding a colon is never read as a URL scheme.
  const url = new URL(`./${pathname.slice(import.meta.env.BASE_URL.length)}`, site.baseUrl).href;
  const tags: HeadTag[] = [
    ...(meta.canonical === false
      ? []
      : [
          { rel: 'canonical' as const, href: url },
          { property: 'og:url', content: url },
        ]),
    { property: 'og:type', content: meta.published ? 'article' : 'website' },
    { property: 'og:site_name', content: site.title },
    { property: 'og:title', content: meta.title ?? site.title },
    { property: 'og:description', content: description },
    { property: 'og:locale', content: site.language.replace('-', '_') },
    ...(meta.published ? [{ property: 'article:published_time', content: meta.published }] : []),
    { name: 'twitter:card', content: 'summary' },
  ];
  return { title, description, tags };
}

function headElement(tag: HeadTag): HTMLElement {
  const element = document.createElement('rel' in tag ? 'link' : 'meta');
  for (const [attribute, value] of Object.entries(tag)) element.setAttribute(attribute, value);
  return element;
}

const PrerenderedMeta = createContext<(meta: PageMeta) => void>();

/** Server: App passes on what the page being prerendered says of itself (entry-server.tsx). */
export const PrerenderedMetaProvider = PrerenderedMeta.Provider;
