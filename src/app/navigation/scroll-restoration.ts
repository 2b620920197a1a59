import { currentEntryKey, forgetEntriesFrom, loadScrollPositions, saveScrollPositions } from './scroll-positions.ts';
import { waitFor } from './wait-for.ts';

/** How long Back/Forward waits for the page to grow tall enough before scrolling as far as it can. */
const RESTORE_TIMEOUT_MS = 5_000;

/** Keys that scroll the page: pressing one means the reader has taken over. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

const OPTIONS: AddEventListenerOptions = { passive: true };

let installed: ScrollRestoration | undefined;

/** The scroll restoration installed at start-up, if any (none in tests and prerendering). */
export function scrollRestoration(): ScrollRestoration | undefined {
  return installed;
}

/** Scroll handling for navigations; see `installScrollRestoration`. */
export interface ScrollRestoration {
  /** Call when the route changed, once `pageReady` says its new content is showing. */
  afterNavigation(pageReady: Promise<void>, hash: string): void;
  /** On the first load: back to where the reader was, if this tab was reloaded or restored. */
  afterFirstLoad(pageReady: Promise<void>): void;
}

/** Takes scroll restoration from the browser and @solidjs/router; install it before the router renders. */
export function installScrollRestoration(): ScrollRestoration {
  // The browser and the router restore when the route settles, but our content renders later (lazy chunks, then
  // IndexedDB). So Back and Forward wait until the page is tall enough; a new entry starts at the top or its #hash.
  history.scrollRestoration = 'manual';
  const positions = loadScrollPositions();
  // While a Back/Forward restore waits, the page shrinks and grows under the old offset; those
  // scroll events are not the reader's and must not overwrite the saved position.
  let pending: AbortController | undefined;
  let popTarget: number | undefined;
  /** The entry the reader is on, as far as this module has seen. */
  let activeKey = currentEntryKey();

  const onScroll = () => {
    if (!pending) positions.set(currentEntryKey(), Math.round(window.scrollY));
  };
  const onPop = () => {
    pending?.abort();
    pending = new AbortController();
    activeKey = currentEntryKey();
    popTarget = positions.get(activeKey) ?? 0;
  };
  const onReaderScrolls = (event: Event) => {
    if (event instanceof KeyboardEvent && !SCROLL_KEYS.has(event.key)) return;
    pending?.abort();
    pending = undefined;
  };
  const onHide = () => saveScrollPositions(positions);
  window.addEventListener('scroll', onScroll, OPTIONS);
  // Before the router's own listener, which re-renders the route at once, so `afterNavigation` knows a Back or Forward.
  window.addEventListener('popstate', onPop, OPTIONS);
  window.addEventListener('pagehide', onHide, OPTIONS);
  window.addEventListener('wheel', onReaderScrolls, OPTIONS);
  window.addEventListener('touchstart', onReaderScrolls, OPTIONS);
  window.addEventListener('keydown', onReaderScrolls, OPTIONS);

  async function restore(target: number, pageReady: Promise<void>, control: AbortController) {
    await pageReady;
    if (control.signal.aborted) return;
    const tallEnough = () => (maxScroll() >= target ? true : undefined);
    await waitFor(tallEnough, RESTORE_TIMEOUT_MS, control.signal);
    if (control.signal.aborted) return;
    window.scrollTo(0, target);
    if (pending === control) pending = undefined;
    onScroll();
  }

  installed = {
    afterNavigation(pageReady, hash) {
      if (popTarget !== undefined && pending) {
        void restore(popTarget, pageReady, pending);
        popTarget = undefined;
        return;
      }
      // A new entry. The router pushes it when its transition ends, which can be after this runs,
      // so wait a frame for the key to change: the entry we came from must keep its position.
      const from = activeKey;
      requestAnimationFrame(() => {
        activeKey = currentEntryKey();
        if (activeKey === from) return;
        // Whatever an older entry at this depth remembered is stale.
        forgetEntriesFrom(positions, activeKey);
        positions.set(activeKey, Math.round(window.scrollY));
        saveScrollPositions(positions);
      });
      if (hash) void pageReady.then(() => scrollToHash(hash));
    },
    afterFirstLoad(pageReady) {
      const target = positions.get(currentEntryKey());
      if (target === undefined || target === 0 || navigationType() === 'navigate') return;
      pending = new AbortController();
      void restore(target, pageReady, pending);
    },
  };
  return installed;
}

/** Scrolls to the element a #hash names, once it has rendered. */
async function scrollToHash(hash: string) {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const element = await waitFor(() => document.getElementById(id) ?? undefined, RESTORE_TIMEOUT_MS);
  element?.scrollIntoView();
}

function maxScroll(): number {
  return document.documentElement.scrollHeight - window.innerHeight;
}

function navigationType(): string {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type ?? 'navigate';
}
