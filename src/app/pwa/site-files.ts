// The site's own files (pages, scripts, styles, post data) in the service worker's precache.
import { createSignal } from 'solid-js';
import type { KeepSiteFilesMessage, SiteFilesProgressMessage } from '../../shared/site-files.ts';
import { keepOffline } from './keep-offline.ts';

const [progress, setProgress] = createSignal<{ saved: number; total: number }>();

/** How many of the site's own files are saved, of how many; undefined until the service worker has said. */
export const siteFilesProgress = progress;

/** Asks the service worker how many of the site's files it holds, and with `fill` to fetch the rest. */
export function keepSiteFiles(fill: boolean): Promise<void> {
  const request: KeepSiteFilesMessage = { type: 'KEEP_SITE_FILES', fill };
  return keepOffline<SiteFilesProgressMessage>(request, 'SITE_FILES_PROGRESS', ({ saved = 0, total = 0 }) =>
    setProgress({ saved, total }),
  );
}
