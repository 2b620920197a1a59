// What each shortcut does to the page. Works on the rendered DOM, so it needs no knowledge of
// the routes: lists are `ol.post-list > li > article.post-card`, each titled by an `h2 a`.

const CARD_LINKS = 'ol.post-list > li > article.post-card h2 a';
const BOOKMARK = '[data-shortcut="bookmark"]';

/** Moves focus to the next (1) or previous (-1) post in the list; returns false when there is none. */
export function focusPostInList(direction: 1 | -1, doc: Document = document): boolean {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>(CARD_LINKS)];
  if (links.length === 0) return false;
  const active = doc.activeElement;
  const current = links.findIndex((link) => link.closest('article')?.contains(active));
  // From outside the list, start at the first card in view, whichever way the reader asked.
  const index = current === -1 ? firstInView(links) : current + direction;
  const target = links[Math.max(0, Math.min(links.length - 1, index))];
  if (!target || (current !== -1 && target === links[current])) return false;
  target.focus({ preventScroll: true });
  target.closest('article')?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  return true;
}

/** Presses the focused card's bookmark, or the page's only one (a post page); false when ambiguous or none. */
export function pressBookmark(doc: Document = document): boolean {
  const article = doc.activeElement?.closest('article');
  const own = article?.querySelector<HTMLButtonElement>(BOOKMARK);
  const all = doc.querySelectorAll<HTMLButtonElement>(`main ${BOOKMARK}`);
  const button = own ?? (all.length === 1 ? all[0] : undefined);
  if (!button || button.disabled) return false;
  button.click();
  return true;
}

function firstInView(links: HTMLAnchorElement[]): number {
  const index = links.findIndex((link) => (link.closest('article') ?? link).getBoundingClientRect().bottom > 0);
  return index === -1 ? 0 : index;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Moves focus into the header's search field, selecting what it holds; false without one. */
export function focusSearch(doc: Document = document): boolean {
  const field = doc.querySelector<HTMLInputElement>('#site-search');
  if (!field) return false;
  field.focus();
  field.select();
  return true;
}
