const GUARD_KEY = 'field-notes:chunk-reload-at';
const GUARD_MS = 60_000;

/**
 * A tab still running an old version can ask for a chunk that a new deploy removed. Reload
 * once to get the current version; the guard stops a reload loop if the chunk is really gone.
 * Never while offline.
 */
export function recoverFromStaleChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    // Offline, a reload would trade the page being read for the browser's offline error page;
    // the failed import's own handler says what could not load instead.
    if (!navigator.onLine) return;
    const last = Number(sessionStorage.getItem(GUARD_KEY) ?? 0);
    if (Date.now() - last < GUARD_MS) return;
    event.preventDefault();
    sessionStorage.setItem(GUARD_KEY, String(Date.now()));
    window.location.reload();
  });
}
