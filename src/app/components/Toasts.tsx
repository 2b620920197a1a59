import { createMemo, createSignal, Show } from 'solid-js';
import { syncStatus } from '../data/runtime.ts';
import { PersistenceToast } from './PersistenceToast.tsx';
import { ResumePrompt } from './ResumePrompt.tsx';
import { SyncProgress } from './SyncProgress.tsx';
import { resumeOffer } from '../reading/resume-offer.ts';
import { applyUpdate, firstInstall, precacheComplete, updateWaiting } from '../pwa/service-worker.ts';
import { updateNews } from '../pwa/update-news.ts';

/** Non-blocking messages: continue reading, saving progress, ready to read offline, an update waiting. */
export function Toasts() {
  const [readyDismissed, setReadyDismissed] = createSignal(false);
  const [updateDismissed, setUpdateDismissed] = createSignal(false);
  const savedCount = createMemo(() => {
    const status = syncStatus();
    return status.state === 'done' ? status.result.total : undefined;
  });
  // Both halves must be done: the files in the service worker's cache and the posts in the database.
  const offlineReady = () => firstInstall() && precacheComplete() && savedCount() !== undefined && !readyDismissed();

  return (
    <div class="toasts">
      <SyncProgress />
      <div class="toasts-live" role="status" aria-live="polite">
        <Show when={resumeOffer()}>
          {(offer) => (
            <ResumePrompt
              section={offer().section}
              progress={offer().progress}
              onContinue={() => offer().onContinue()}
              onDismiss={() => offer().onDismiss()}
            />
          )}
        </Show>
        <Show when={offlineReady()}>
          <div class="toast">
            <p>
              Ready to read offline: {savedCount()} {savedCount() === 1 ? 'post' : 'posts'} saved.
            </p>
            <button type="button" class="toast-dismiss" onClick={() => setReadyDismissed(true)}>
              Dismiss
            </button>
          </div>
        </Show>
        <Show when={updateWaiting() && !updateDismissed()}>
          <div class="toast">
            <p>
              A new version of Field Notes is ready<Show when={updateNews()}>{(news) => <>: {news()}</>}</Show>.
            </p>
            <button type="button" class="toast-action" onClick={() => void applyUpdate()}>
              Reload
            </button>
            <button type="button" class="toast-dismiss" onClick={() => setUpdateDismissed(true)}>
              Later
            </button>
          </div>
        </Show>
        <PersistenceToast />
      </div>
    </div>
  );
}
