import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { blockAnchor, progressThrough, topBlockIndex } from './anchors.ts';

/** How often, at most, a position is written while the reader scrolls. */
export const SAVE_INTERVAL_MS = 1000;

/** What the tracker reports about the reader's place in a post. */
export interface ReadingTracker {
  /** 0 to 1, for the progress bar. */
  progress: Accessor<number>;
  /** The index of the top-level block at the top of the screen. */
  topBlock: Accessor<number>;
  /** Saves now and stops following: call it when the reader is about to leave the page. */
  stop: () => void;
}

/** Follows the reader through a post body and saves where they are: throttled while scrolling, at once on leaving. */
export function createReadingTracker(
  body: Accessor<HTMLElement | undefined>,
  save: (anchor: string, progress: number) => void,
): ReadingTracker {
  const [progress, setProgress] = createSignal(0);
  const [topBlock, setTopBlock] = createSignal(0);
  let stop = () => {};
  createEffect(() => {
    const element = body();
    if (!element) return;
    // On leaving, the page scrolls to the top before this post is gone: once the path changes or `stop` is called,
    // scrolls belong to the next page.
    const path = window.location.pathname;
    let stopped = false;
    let startBlock: number | undefined;
    let block = 0;
    let reached = 0;
    let moved = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;

    const measure = () => {
      frame = undefined;
      if (stopped || window.location.pathname !== path || !element.isConnected) return;
      block = topBlockIndex(element);
      reached = progressThrough(element, window.innerHeight);
      setTopBlock(block);
      setProgress(reached);
      // Nothing is saved until the reader moves from where the page opened: opening and leaving keeps the last visit's.
      startBlock ??= block;
      if (block !== startBlock) moved = true;
      if (moved && pending === undefined) pending = setTimeout(flush, SAVE_INTERVAL_MS);
    };
    const flush = () => {
      if (pending !== undefined) clearTimeout(pending);
      pending = undefined;
      if (moved && !stopped) save(blockAnchor(block), reached);
    };
    stop = () => {
      flush();
      stopped = true;
    };
    const onScroll = () => {
      frame ??= requestAnimationFrame(measure);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    // Measured in the next frame, not now: reading the layout while the page hydrates would make
    // the browser lay the whole post out in the middle of that task.
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    onCleanup(() => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    });
  });
  return { progress, topBlock, stop: () => stop() };
}
