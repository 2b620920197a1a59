import { Show } from 'solid-js';
import { dismissIosInstallHint, showIosInstallHint } from '../pwa/install-prompt.ts';

/** iOS Safari has no install prompt: a one-time note says where Add to Home Screen is. */
export function IosInstallHint() {
  return (
    <Show when={showIosInstallHint()}>
      <aside class="notice install-hint" aria-label="Install Field Notes">
        <p>
          Read offline from your home screen: tap Share{' '}
          <svg viewBox="0 0 24 24" width="18" height="18" role="img" aria-label="(the square with an arrow)">
            <path d="M12 3v12M8 7l4-4 4 4M6 11H5v10h14V11h-1" />
          </svg>{' '}
          then <strong>Add to Home Screen</strong>.
        </p>
        <button type="button" onClick={() => dismissIosInstallHint()}>
          Got it
        </button>
      </aside>
    </Show>
  );
}
