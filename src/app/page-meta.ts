import { createEffect } from 'solid-js';
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
  createEffect(() => {
    const { title, description } = meta();
    document.title = title ? `${title} · ${site.title}` : site.title;
    const tag = document.querySelector('meta[name="description"]');
    tag?.setAttribute('content', description ?? site.description);
  });
}
