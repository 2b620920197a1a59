import { useBeforeLeave } from '@solidjs/router';

/**
 * While `needed()`, each navigation inside the app loads its page whole, from the server or the service worker, as
 * a link does without JavaScript: the page's data is gone, so only a fresh page can read it, and each load is one
 * the reader asked for (no loop). A link to a section of the same page stays where it is.
 */
export function navigateWholePagesWhile(needed: () => boolean): void {
  useBeforeLeave((event) => {
    if (!needed()) return;
    // Back or forward: the address has changed already, so loading it is a reload.
    if (typeof event.to === 'number') {
      window.location.reload();
      return;
    }
    const target = new URL(event.to, window.location.href);
    const here = window.location;
    if (target.pathname === here.pathname && target.search === here.search) return;
    event.preventDefault();
    window.location.assign(target.href);
  });
}
