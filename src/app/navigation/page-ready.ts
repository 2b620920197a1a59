import { waitFor } from './wait-for.ts';

/** How long a navigation waits for the new page's heading (a lazy chunk, then its data). */
export const PAGE_READY_TIMEOUT_MS = 8_000;

/** The page's main heading, as it was when a navigation was last settled. */
export interface SettledHeading {
  element: Element | null;
  text: string;
}

/** The current page's heading, to compare the next page's against. */
export function currentHeading(): SettledHeading {
  const element = document.querySelector('main h1');
  return { element, text: element?.textContent ?? '' };
}

/** Waits for the new page's `<h1>`, another element or the same one with new text; undefined after the timeout. */
export function waitForNewHeading(previous: SettledHeading, signal?: AbortSignal): Promise<HTMLElement | undefined> {
  return waitFor(
    () => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (!h1) return undefined;
      return h1 !== previous.element || h1.textContent !== previous.text ? h1 : undefined;
    },
    PAGE_READY_TIMEOUT_MS,
    signal,
  );
}
