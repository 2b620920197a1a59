import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

/**
 * Whether a media query matches, following changes. False until mounted, so a prerendered
 * page shows the narrow layout, which works everywhere.
 */
export function createMediaQuery(query: string): Accessor<boolean> {
  const [matches, setMatches] = createSignal(false);
  onMount(() => {
    // jsdom (component tests) has no matchMedia.
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    onCleanup(() => list.removeEventListener('change', update));
  });
  return matches;
}
