import { startData, whenDatabaseOpen } from './data/runtime.ts';
import { recoverFromStaleChunks } from './pwa/chunk-recovery.ts';
import { watchInstallPrompt } from './pwa/install-prompt.ts';
import { watchOnlineStatus } from './pwa/online-status.ts';
import { requestPersistentStorage } from './data/storage.ts';
import { firstInstallSettled, loadServiceWorkerSupport, registerServiceWorker } from './pwa/service-worker.ts';
import { startReaderSettings } from './settings/reader-settings-store.ts';
import { installScrollRestoration } from './navigation/scroll-restoration.ts';
import { startApp } from './start-app.tsx';
import { nextTask } from './next-task.ts';
import { keepOffline } from './pwa/keep-offline.ts';
import { keepImagesOffline } from './pwa/offline-images.ts';
import { resumeSavingWhenOnline } from './pwa/resume-online.ts';
import { trackVisits } from './reading/visit-tracker.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/toasts.css';
import './styles/post-list.css';
import './styles/reader.css';
import './styles/shortcuts.css';
import './styles/search-box.css';
import './styles/print.css';
import './styles/tags.css';
import './styles/install.css';
import './styles/sync.css';
import './styles/list-window.css';

recoverFromStaleChunks();
// Installing the app is the clearest sign a reader means to keep it: ask to keep storage then.
window.addEventListener('appinstalled', () => void requestPersistentStorage());
// Before the router exists, so its popstate listener runs after ours (see the module).
installScrollRestoration();
loadServiceWorkerSupport();
const root = document.getElementById('app');
if (root) await startApp(root);

// Read once the page is live, as the prerendered markup cannot know them (the connection, an install offer or the
// settings public/boot.js kept): hydration must meet exactly the markup the server rendered.
watchOnlineStatus();
watchInstallPrompt();
startReaderSettings();

// The service worker and storage wait for the page to be live: reading comes first (the task
// splits in bench/README.md, "Speed tricks re-justified").
await nextTask();
void registerServiceWorker();
// On the visit that installs the service worker, the page's own database waits for that (see startData).
// The search index's post texts, and the posts' images not in the precache, are saved after the posts.
const keepTheRestOffline = () => {
  void keepOffline('search-index');
  void keepImagesOffline();
};
void startData({ after: firstInstallSettled() }).then(keepTheRestOffline);
resumeSavingWhenOnline(keepTheRestOffline);
// Visits decide what is marked new since the last one (data/reader-marks.ts).
void whenDatabaseOpen().then(trackVisits);
