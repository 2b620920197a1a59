import { sharedConfig } from 'solid-js';
import { hydrate, render } from 'solid-js/web';
import { reportPageNotInteractive } from './pwa/load-error.ts';
import { loadPageModuleFor, preloadPageFor } from './routes/lazy-pages.ts';
import { markMilestone } from './milestones.ts';
import { repairMalformedAddress } from './navigation/malformed-address.ts';
import { showCanonicalAddress } from './navigation/canonical-address.ts';
import { nextTask } from './next-task.ts';
import { markHydrationSettled } from './prerender/hydration.ts';
import { embeddedSeeds } from './prerender/seeds.ts';

declare global {
  // Solid's hydration state, with the clicks made before it, set up by public/boot.js.
  var _$HY:
    { events: unknown[] | null; completed: WeakSet<Element>; r: Record<string, unknown>; done?: boolean } | undefined;
}

/** Starts the app: hydrates a page prerendered for this very path, else renders afresh (a host's Not found page). */
export async function startApp(root: HTMLElement): Promise<void> {
  repairMalformedAddress();
  showCanonicalAddress();
  const base = import.meta.env.BASE_URL;
  const appPath = `/${window.location.pathname.slice(base.length).replace(/\/+$/, '')}`;
  const prerendered = root.dataset.prerendered;
  const hydrating = prerendered !== undefined && samePath(prerendered, window.location.pathname);
  let App: typeof import('./App.tsx').App;
  try {
    // The shell's modules and the page's are evaluated in tasks of their own, as they arrive.
    const page = hydrating ? loadPageModuleFor(appPath) : preloadPageFor(appPath);
    [{ App }] = await Promise.all([import('./App.tsx'), page]);
  } catch (error) {
    if (prerendered === undefined) throw error;
    reportPageNotInteractive(error);
    return;
  }
  if (hydrating) {
    const embedded = document.getElementById('page-seeds')?.textContent;
    const seeds = embeddedSeeds(embedded ? (JSON.parse(embedded) as Record<string, unknown>) : {});
    // A task of its own, apart from evaluating the modules.
    await nextTask();
    globalThis._$HY ??= { events: [], completed: new WeakSet(), r: {} };
    hydrate(() => <App seeds={seeds} />, root);
    // A lazy page hydrates in a later task of its own (see loadPageModuleFor), from the seeds.
    await lazyPartsHydrated();
  } else {
    // Nothing to replay presses onto: this markup is about to be replaced.
    if (globalThis._$HY) globalThis._$HY.events = null;
    root.textContent = '';
    render(() => <App />, root);
  }
  markHydrationSettled();
  markMilestone('hydrated');
  root.dataset.hydrated = '';
}

/** Resolves once Solid has hydrated every lazy component it met (it counts them while they load). */
async function lazyPartsHydrated(): Promise<void> {
  do await nextTask();
  while (sharedConfig.count);
}

function samePath(a: string, b: string): boolean {
  const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  return trim(a) === trim(b);
}
