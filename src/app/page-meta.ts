import { createEffect } from 'solid-js';
import { isServer } from 'solid-js/web';
import { site } from 'virtual:field-notes/content';

/** What a route says about itself to the browser tab, search engines and screen readers. */
export interface PageMeta {
  /** The page's own title; the site title is appended. Omit it on the home page. */
  title?: string;
  description?: string;
}

/**
 * Keeps `document.title` and the meta description in step with the current route. Runs in an
 * effect, so importing or prerendering a page never touches `document`.
 */
export function usePageMeta(meta: () => PageMeta): void {
  if (isServer) {
    prerenderedMeta = meta();
    return;
  }
  createEffect(() => {
    const { title, description } = documentMeta(meta());
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  });
}

/** The title and description a page's `<head>` carries. */
export function documentMeta({ title, description }: PageMeta): Required<PageMeta> {
  return { title: title ? `${title} · ${site.title}` : site.title, description: description ?? site.description };
}

let prerenderedMeta: PageMeta = {};

/** Server: what the last page rendered asked for, then forgets it, ready for the next page. */
export function takePrerenderedMeta(): PageMeta {
  const meta = prerenderedMeta;
  prerenderedMeta = {};
  return meta;
}
