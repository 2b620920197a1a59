const GUARD_KEY = 'field-notes:chunk-reload-at';
const GUARD_MS = 60_000;

/** Reloads once when a tab of an old version asks for a chunk a deploy removed; never offline, and never in a loop. */
export function recoverFromStaleChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    // Offline, a reload would swap the page being read for the browser's error page; the failed
    // import's own handler says what could not load instead.
    if (!navigator.onLine) return;
    const last = Number(sessionStorage.getItem(GUARD_KEY) ?? 0);
    if (Date.now() - last < GUARD_MS) return;
    event.preventDefault();
    sessionStorage.setItem(GUARD_KEY, String(Date.now()));
    window.location.reload();
  });
}
