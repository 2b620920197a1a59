import { useBeforeLeave } from '@solidjs/router';

/**
 * While `needed()`, each navigation inside the app loads its page whole, from the server or the service worker, as
 * a link does without JavaScript: the page's data is gone, so only a fresh page can read it, and each load is one
 * the reader asked for (no loop). The same page with another query or section stays in the app.
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
    // The same page with another query (a search typed, a tag picked) reads what the page holds already.
    if (target.pathname === window.location.pathname) return;
    event.preventDefault();
    window.location.assign(target.href);
  });
}
