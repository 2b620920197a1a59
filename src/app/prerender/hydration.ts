import { createSignal } from 'solid-js';

const [settled, setSettled] = createSignal(false);

/** True once hydration is over: until then a page renders as prerendered, so what that cannot know (`?tags=`) waits. */
export const hydrationSettled = settled;

/** Called once by the client entry when the page is live. */
export function markHydrationSettled(): void {
  setSettled(true);
}
