import { onCleanup, onMount } from 'solid-js';
import { SettingChoices } from './SettingChoices.tsx';

/** The reading settings as a non-modal panel, closed by Escape, Close or a press outside it. */
export function ReaderSettingsPanel(props: { id: string; onClose: (returnFocus: boolean) => void; ignore?: Element }) {
  let panel!: HTMLDivElement;
  onMount(() => {
    // Start on the chosen theme, so arrow keys change it straight away.
    panel.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && !panel.contains(target) && !props.ignore?.contains(target)) props.onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    onCleanup(() => document.removeEventListener('pointerdown', onPointerDown));
  });
  return (
    <div
      ref={panel}
      id={props.id}
      class="reader-settings-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${props.id}-title`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onClose(true);
      }}
    >
      <div class="reader-settings-heading">
        <h2 id={`${props.id}-title`}>Reading settings</h2>
        <button type="button" class="header-icon-button" onClick={() => props.onClose(true)}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
          <span class="visually-hidden">Close reading settings</span>
        </button>
      </div>
      <SettingChoices setting="theme" legend="Theme" />
      <SettingChoices setting="fontSize" legend="Text size" />
      <SettingChoices setting="lineHeight" legend="Line spacing" />
      <SettingChoices setting="width" legend="Line length" />
      <SettingChoices setting="font" legend="Typeface" />
    </div>
  );
}
