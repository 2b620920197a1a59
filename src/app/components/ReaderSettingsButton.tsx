import { createSignal, Show } from 'solid-js';
import { ReaderSettingsPanel } from './ReaderSettingsPanel.tsx';

const PANEL_ID = 'reader-settings';

/** The header's "Reading settings" button and the panel it opens beneath it. */
export function ReaderSettingsButton() {
  const [open, setOpen] = createSignal(false);
  let button!: HTMLButtonElement;
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.focus();
  };
  return (
    <div class="reader-settings">
      <button
        ref={button}
        type="button"
        class="header-icon-button reader-settings-button"
        aria-expanded={open()}
        aria-controls={open() ? PANEL_ID : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <span class="reader-settings-glyph" aria-hidden="true">
          Aa
        </span>
        <span class="visually-hidden">Reading settings</span>
      </button>
      <Show when={open()}>
        <ReaderSettingsPanel id={PANEL_ID} onClose={close} ignore={button} />
      </Show>
    </div>
  );
}
