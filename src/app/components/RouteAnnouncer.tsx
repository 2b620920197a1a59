import { useLocation } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { currentHeading, waitForNewHeading, type SettledHeading } from '../navigation/page-ready.ts';
import { scrollRestoration } from '../navigation/scroll-restoration.ts';

/** After each client-side navigation: focus on the new `<h1>`, its title announced, scroll to the top (or Back's). */
export function RouteAnnouncer() {
  const location = useLocation();
  const [message, setMessage] = createSignal('');
  onMount(() => {
    const scroll = scrollRestoration();
    let settled: SettledHeading = { element: null, text: '' };
    let current: AbortController | undefined;
    const firstPage = waitForNewHeading(settled).then((h1) => {
      settled = currentHeading();
      return h1;
    });
    scroll?.afterFirstLoad(firstPage.then(() => undefined));

    // A new query string (a tag filter) is the same page narrowed: its heading stays, and focus
    // stays on the control the reader used.
    let lastPage = location.pathname;
    createEffect(
      on(
        () => [location.pathname, location.search, location.hash] as const,
        ([pathname, , hash]) => {
          const samePage = pathname === lastPage;
          lastPage = pathname;
          if (samePage) return scroll?.afterNavigation(Promise.resolve(), hash);
          current?.abort();
          const control = (current = new AbortController());
          const heading = waitForNewHeading(settled, control.signal);
          scroll?.afterNavigation(
            heading.then(() => undefined),
            hash,
          );
          void heading.then((h1) => {
            if (control.signal.aborted) return;
            settled = currentHeading();
            // Typing in the header's search box opens the search page: the caret stays in the box.
            if (!document.activeElement?.closest('[role="search"]'))
              (h1 ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
            // A frame later, so the page's own effects have set document.title.
            requestAnimationFrame(() => announce(document.title));
          });
        },
        // Not on the first load, where the browser's own focus start is right.
        { defer: true },
      ),
    );
    onCleanup(() => current?.abort());
  });

  function announce(text: string) {
    // Emptied first, so the same title twice in a row is still read out.
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
  }

  return (
    <div class="visually-hidden route-announcer" role="status" aria-live="polite" aria-atomic="true">
      {message()}
    </div>
  );
}
