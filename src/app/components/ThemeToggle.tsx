import { Match, Switch } from 'solid-js';
import { readerSettings, updateReaderSettings } from '../settings/reader-settings-store.ts';
import { READER_SETTING_CHOICES, type ThemeChoice } from '../settings/reader-settings.ts';

const ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

/** The theme choice after `theme` when the toggle is pressed: System, then Light, then Dark. */
export function nextTheme(theme: ThemeChoice): ThemeChoice {
  return ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length] ?? 'system';
}

function labelOf(theme: ThemeChoice): string {
  return READER_SETTING_CHOICES.theme.find((choice) => choice.value === theme)?.label ?? theme;
}

/** A header button that steps through System, Light and Dark; its name says the current theme. */
export function ThemeToggle() {
  const theme = () => readerSettings().theme;
  return (
    <button
      type="button"
      class="header-icon-button theme-toggle"
      title={`Theme: ${labelOf(theme())}. Change to ${labelOf(nextTheme(theme()))}`}
      onClick={() => updateReaderSettings({ theme: nextTheme(theme()) })}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <Switch>
          <Match when={theme() === 'light'}>
            <circle cx="12" cy="12" r="4.5" fill="currentColor" />
            <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
          </Match>
          <Match when={theme() === 'dark'}>
            <path d="M20 14.5A8.5 8.5 0 1 1 9.5 4a7 7 0 0 0 10.5 10.5z" fill="currentColor" />
          </Match>
          <Match when={theme() === 'system'}>
            <circle cx="12" cy="12" r="8.5" />
            <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
          </Match>
        </Switch>
      </svg>
      <span class="visually-hidden">Theme: {labelOf(theme())}</span>
    </button>
  );
}
