import { Show } from 'solid-js';
import type { DatabaseLoss } from '../data/database-closure.ts';
import type { MemoryCause } from '../data/open-database.ts';
import { databaseLost, storageMode, syncStatus } from '../data/runtime.ts';
import { workerRefused } from '../pwa/service-worker.ts';
import { online } from '../pwa/online-status.ts';
import { checkSiteFilesOnEveryPage, siteFilesLost } from '../pwa/site-files-check.ts';

const MEMORY_MESSAGES: Record<MemoryCause, string> = {
  'storage-full':
    "This device's storage is full, so bookmarks and your reading position will not be kept after you leave.",
  refused:
    'This browser is not letting Field Notes store data, so bookmarks and your reading position will not be kept after you leave.',
  'newer-version':
    'This site’s data was saved by a newer version of Field Notes, so bookmarks and your reading position will not be kept after you leave. Reload after the update to keep saving.',
};

const LOSS_MESSAGES: Record<DatabaseLoss, string> = {
  'newer-version': 'A newer version of Field Notes was opened in another tab.',
  cleared: 'This site’s saved data was cleared while the page was open.',
  'connection-lost': 'The browser closed Field Notes’ saved data.',
};

/** Notices when reader data cannot be kept, the site cannot be (or is no longer) saved offline, or the database went away. */
export function StorageNotices() {
  checkSiteFilesOnEveryPage();
  const memoryOnly = () => {
    const mode = storageMode();
    return mode?.kind === 'memory' ? mode : undefined;
  };
  const syncFailure = () => {
    const status = syncStatus();
    return status.state === 'failed' ? status.message : undefined;
  };
  return (
    <>
      <Show when={memoryOnly()}>
        {(mode) => (
          <aside class="notice" aria-label="Storage notice">
            <p>{MEMORY_MESSAGES[mode().cause]} Every post is still here to read.</p>
            <Show when={mode().cause === 'newer-version'}>
              <button type="button" onClick={() => window.location.reload()}>
                Reload
              </button>
            </Show>
          </aside>
        )}
      </Show>
      <Show when={workerRefused()}>
        {(reason) => (
          <aside class="notice" aria-label="Offline notice">
            <p>
              This site can't be saved for offline reading in this browser: {reason()} Every post still reads online.
            </p>
          </aside>
        )}
      </Show>
      <Show when={siteFilesLost()}>
        {(files) => (
          <aside class="notice" aria-label="Offline reading notice">
            <p>
              This site is no longer saved for reading offline: this browser has lost {files().total - files().saved} of
              its {files().total} files.{' '}
              {online()
                ? 'They could not be saved again; each page you open online tries again.'
                : 'They are saved again once you are back online.'}
            </p>
          </aside>
        )}
      </Show>
      <Show when={syncFailure()}>
        {(message) => (
          <aside class="notice" aria-label="Saving notice">
            <p>Posts could not be saved for reading offline this time ({message()}). Every post still reads online.</p>
          </aside>
        )}
      </Show>
      <Show when={databaseLost()}>
        {(loss) => (
          <aside class="notice" role="alert">
            <p>
              {LOSS_MESSAGES[loss()]} Reload this page to keep saving bookmarks and your place; every post still opens.
            </p>
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          </aside>
        )}
      </Show>
    </>
  );
}
