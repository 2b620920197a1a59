import { createSignal } from 'solid-js';

const [settled, setSettled] = createSignal(false);

/**
 * False while the page renders exactly what was prerendered (on the server, and on the client
 * until hydration has finished); true from then on. Anything the prerendered HTML cannot know,
 * such as `?tags=` in the address, waits for it, so hydration never meets different markup.
 */
export const hydrationSettled = settled;

/** Called once by the client entry when the page is live. */
export function markHydrationSettled(): void {
  setSettled(true);
}
