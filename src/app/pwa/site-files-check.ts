// The browser may evict the service worker's copy of the site, whole or in part, and a reader may clear it: nothing
// else would notice until the site failed to open offline. So each page asks the worker to count the site's files and
// save back whatever is missing (src/sw/keep-offline.ts); what it could not save back is told on every page.
import { useLocation } from '@solidjs/router';
import { createEffect, on, onCleanup, onMount } from 'solid-js';
import { keepOffline, offlineProgress } from './keep-offline.ts';

/** Asks the active worker to save back whatever of the site's own files its cache lost; it reports how many it has. */
export function checkSiteFiles(): void {
  void keepOffline('site-files');
}

/**
 * Checks on the page the app starts on, on each page opened after it, and whenever the cache may have changed unseen:
 * the connection comes or goes, the tab is shown again. Call once, inside the router.
 */
export function checkSiteFilesOnEveryPage(): void {
  const location = useLocation();
  createEffect(on(() => location.pathname, checkSiteFiles));
  onMount(() => {
    const whenShown = () => {
      if (document.visibilityState === 'visible') checkSiteFiles();
    };
    window.addEventListener('online', checkSiteFiles);
    window.addEventListener('offline', checkSiteFiles);
    document.addEventListener('visibilitychange', whenShown);
    onCleanup(() => {
      window.removeEventListener('online', checkSiteFiles);
      window.removeEventListener('offline', checkSiteFiles);
      document.removeEventListener('visibilitychange', whenShown);
    });
  });
}

/** How many of the site's files the worker's cache holds, once a check is over and found some missing. */
export function siteFilesLost(): { saved: number; total: number } | undefined {
  const files = offlineProgress('site-files');
  return files?.settled && files.saved < files.total ? files : undefined;
}
