import { render } from 'solid-js/web';
import { App } from './App.tsx';
import { startData } from './data/runtime.ts';
import { recoverFromStaleChunks } from './pwa/chunk-recovery.ts';
import { watchInstallPrompt } from './pwa/install-prompt.ts';
import { watchOnlineStatus } from './pwa/online-status.ts';
import { requestPersistentStorage } from './data/storage.ts';
import { registerServiceWorker } from './pwa/service-worker.ts';
import { startReaderSettings } from './settings/reader-settings-store.ts';
import { installScrollRestoration } from './navigation/scroll-restoration.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/post-list.css';
import './styles/prose.css';
import './styles/post-page.css';
import './styles/reader.css';
import './styles/print.css';
import './styles/tags.css';
import './styles/bookmarks.css';
import './styles/install.css';
import './styles/sync.css';
import './styles/list-window.css';

recoverFromStaleChunks();
// Installing the app is the clearest sign a reader means to keep it: ask to keep storage then.
window.addEventListener('appinstalled', () => void requestPersistentStorage());
watchOnlineStatus();
// Before anything can delay it: Chromium may fire beforeinstallprompt as soon as the page loads.
watchInstallPrompt();
// public/boot.js applied the saved settings before first paint; this lets the app change them.
startReaderSettings();
// Before the router exists, so its popstate listener runs after ours (see the module).
installScrollRestoration();
const root = document.getElementById('app');
if (root) render(() => <App />, root);

// Storage and the service worker wait for the first paint: reading comes first.
requestAnimationFrame(() =>
  setTimeout(() => {
    registerServiceWorker();
    void startData();
  }),
);
