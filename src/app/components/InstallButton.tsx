import { canInstall, promptInstall } from '../pwa/install-prompt.ts';

/** The header's install button, shown only when the browser offers installation. */
export function InstallButton() {
  // Where an offer may come (public/boot.js marks <html>) it waits unseen, not absent, so the header never shifts.
  return (
    <button
      type="button"
      class="header-icon-button install-button"
      classList={{ 'install-button-waiting': !canInstall() }}
      title="Install Field Notes as an app"
      disabled={!canInstall()}
      onClick={() => void promptInstall()}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path d="M12 3.5v11M7.5 10l4.5 4.5 4.5-4.5M5 17.5v2h14v-2" stroke-linejoin="round" />
      </svg>
      {/* "Install" is visible beside the icon where there is room; the name is "Install app" everywhere. */}
      <span class="install-label">Install</span>
      {/* A text node, not a leading space inside the span, which JSX would trim. */}{' '}
      <span class="visually-hidden">app</span>
    </button>
  );
}
