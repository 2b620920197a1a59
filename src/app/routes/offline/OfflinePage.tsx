import { createResource, createSignal, Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { OfflineActions } from '../../components/OfflineActions.tsx';
import { ReadingFileTools } from '../../components/ReadingFileTools.tsx';
import { createPostSummaries, createStoredPostCount } from '../../data/catalog.ts';
import { databaseLost, storageMode, syncStatus } from '../../data/runtime.ts';
import { lastWrite, MEMORY_CAUSE_REASONS, WRITE_FAILURE_REASONS } from '../../data/write-outcome.ts';
import { readStorageReport, requestPersistentStorage } from '../../data/storage.ts';
import { precacheComplete, workerRefused } from '../../pwa/service-worker.ts';
import { usePageMeta } from '../../page-meta.ts';
import { freeUpSpace, saveEverything } from '../../pwa/offline-ledger.ts';
import { offlineProgress } from '../../pwa/keep-offline.ts';
import { online } from '../../pwa/online-status.ts';
import { OFFLINE_PARTS } from '../../../shared/background-saving.ts';
// The page's own styles come with its chunk; the build inlines them into its prerendered page.
import '../../styles/reading-file.css';

/** "Offline & storage": what is saved offline, the space it takes, whether it is kept, and the reading file. */
export function OfflinePage() {
  usePageMeta(() => ({ title: 'Offline & storage', description: 'What is saved on this device for reading offline.' }));
  const stored = createStoredPostCount();
  const posts = createPostSummaries();
  const [report, { refetch }] = createResource(readStorageReport);
  const [asked, setAsked] = createSignal(false);
  const published = () => {
    const status = syncStatus();
    return status.state === 'done' ? status.result.total : posts()?.length;
  };
  const keep = async () => {
    await requestPersistentStorage();
    setAsked(true);
    await refetch();
  };
  const postsMissing = () => (stored() ?? 0) < (published() ?? 0);
  const missing = () => postsMissing() || OFFLINE_PARTS.map(offlineProgress).some(incomplete);
  const [action, setAction] = createSignal<'saving' | { freed: number }>();
  const status = () => {
    const current = action();
    if (current === 'saving')
      return missing() ? 'Saving for offline reading…' : 'Everything is saved for offline reading.';
    if (current) return `Freed ${formatBytes(current.freed)}.`;
    return undefined;
  };
  const save = () => {
    setAction('saving');
    void saveEverything({ posts: postsMissing() });
  };
  const free = async () => {
    setAction({ freed: await freeUpSpace() });
    await refetch();
  };
  return (
    <section class="offline-panel">
      <h1 tabindex="-1">Offline &amp; storage</h1>
      <dl>
        <dt>Posts saved offline</dt>
        <dd>
          {stored() ?? 0} of {published() ?? '…'}
        </dd>
        <dt>Site files cached</dt>
        <dd>{siteFilesState()}</dd>
        <dt>Search</dt>
        <dd>{searchState()}</dd>
        <dt>Images</dt>
        <dd>{imagesState()}</dd>
        <dt>Storage used</dt>
        <dd>
          {formatBytes(report()?.usage)} of {formatBytes(report()?.quota)} available
        </dd>
        <dt>Kept when space runs low</dt>
        <dd>{report()?.persisted ? 'Yes (persistent storage)' : 'No, the browser may clear it under pressure'}</dd>
        <dt>Bookmarks and reading positions</dt>
        <dd>{readerDataState()}</dd>
      </dl>
      <Show when={!report()?.persisted}>
        <button type="button" onClick={() => void keep()}>
          Keep my data
        </button>
        <Show when={asked()}>
          <p role="status">
            {report()?.persisted ? 'Storage is now persistent.' : 'The browser did not grant persistent storage.'}
          </p>
        </Show>
      </Show>
      <OfflineActions
        missing={missing()}
        online={online()}
        status={status()}
        onSave={save}
        onFree={() => void free()}
      />
      <ReadingFileTools />
    </section>
  );
}

/** Whether the reader's own data is kept: from how the database opened, and the last write's result since. */
function readerDataState(): string {
  const mode = storageMode();
  if (mode?.kind === 'memory') return `Not kept: ${MEMORY_CAUSE_REASONS[mode.cause]}`;
  const loss = databaseLost();
  if (loss) return `Not kept from now on: ${WRITE_FAILURE_REASONS[loss]}`;
  const last = lastWrite();
  if (last && last !== 'saved') return `Not kept: the last one could not be saved, as ${WRITE_FAILURE_REASONS[last]}`;
  return `Kept on this device by ${site.title}`;
}

function incomplete(progress: { saved: number; total: number } | undefined): boolean {
  return progress !== undefined && progress.saved < progress.total;
}

function siteFilesState(): string {
  const files = offlineProgress('site-files');
  if (workerRefused()) return `No: this browser would not save the site, ${workerRefused()}`;
  if (files && incomplete(files)) return `${files.saved} of ${files.total} files saved`;
  if (files || precacheComplete()) return 'Yes, the whole site opens without a connection';
  return 'Not yet';
}

function searchState(): string {
  const progress = offlineProgress('search-index');
  if (!progress) return 'Not saved for offline yet';
  if (progress.saved >= progress.total) return 'Ready offline';
  return `${progress.saved} of ${progress.total} parts saved; offline, search covers the posts saved so far`;
}

function imagesState(): string {
  const progress = offlineProgress('images');
  if (!progress) return 'Not saved for offline yet';
  if (progress.total === 0) return 'The posts have none';
  const count = `${progress.saved} of ${progress.total} saved`;
  if (progress.saved >= progress.total) return count;
  // The newest posts' images come with the site; the rest follow the posts, while online.
  return `${count}; the rest are saved while you are online, and until then a picture not saved shows its description`;
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
