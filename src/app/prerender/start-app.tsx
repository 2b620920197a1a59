import { hydrate, render } from 'solid-js/web';
import { reportPageNotInteractive } from '../pwa/load-error.ts';
import { preloadPageFor } from '../routes/lazy-pages.ts';
import { nextTask } from '../next-task.ts';
import { markHydrationSettled } from './hydration.ts';
import { clearSeeds, useEmbeddedSeeds } from './seeds.ts';

declare global {
  // Solid's hydration state, with the clicks made before it, set up by public/boot.js.
  var _$HY:
    { events: unknown[] | null; completed: WeakSet<Element>; r: Record<string, unknown>; done?: boolean } | undefined;
}

/**
 * Starts the app in `root`. A page prerendered for this very path is hydrated: the markup is
 * adopted as it is, from the values it was rendered with. Anything else (the Not found page a
 * host answers unknown paths with, the dev server's empty shell) is rendered afresh in place.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const appPath = `/${window.location.pathname.slice(base.length).replace(/\/+$/, '')}`;
  const prerendered = root.dataset.prerendered;
  let App: typeof import('../App.tsx').App;
  try {
    // The shell's modules and the page's are evaluated in tasks of their own, as they arrive.
    [{ App }] = await Promise.all([import('../App.tsx'), preloadPageFor(appPath)]);
  } catch (error) {
    if (prerendered === undefined) throw error;
    reportPageNotInteractive(error);
    return;
  }
  if (prerendered !== undefined && samePath(prerendered, window.location.pathname)) {
    const seeds = document.getElementById('page-seeds')?.textContent;
    useEmbeddedSeeds(seeds ? (JSON.parse(seeds) as Record<string, unknown>) : {});
    // A task of its own, apart from evaluating the modules.
    await nextTask();
    globalThis._$HY ??= { events: [], completed: new WeakSet(), r: {} };
    hydrate(() => <App />, root);
    // A lazy page finishes hydrating once its module (already loaded above) resolves.
    await nextTask();
    clearSeeds();
  } else {
    // Nothing to replay presses onto: this markup is about to be replaced.
    if (globalThis._$HY) globalThis._$HY.events = null;
    root.textContent = '';
    render(() => <App />, root);
  }
  markHydrationSettled();
  root.dataset.hydrated = '';
}

function samePath(a: string, b: string): boolean {
  const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  return trim(a) === trim(b);
}
