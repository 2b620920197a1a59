/** Brings an element to the top and focuses it, so keyboard and screen reader users go on from there too. */
export function scrollToElement(element: HTMLElement, { smooth = true }: { smooth?: boolean } = {}): void {
  const calm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  element.scrollIntoView({ block: 'start', behavior: smooth && !calm ? 'smooth' : 'auto' });
  // A paragraph is not focusable by default; -1 makes it a focus target without adding a tab stop.
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}
