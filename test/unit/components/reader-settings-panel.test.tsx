// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderSettingsButton } from '../../../src/app/components/ReaderSettingsButton.tsx';
import { ThemeToggle } from '../../../src/app/components/ThemeToggle.tsx';
import { READER_SETTINGS_KEY } from '../../../src/app/settings/reader-settings.ts';
import { startReaderSettings } from '../../../src/app/settings/reader-settings-store.ts';

let stop: () => void;

beforeEach(() => {
  localStorage.clear();
  for (const name of [...document.documentElement.attributes].map((attribute) => attribute.name)) {
    if (name.startsWith('data-')) document.documentElement.removeAttribute(name);
  }
  stop = startReaderSettings();
});

afterEach(() => {
  cleanup();
  stop();
  vi.restoreAllMocks();
});

function stored(): Record<string, string> {
  return JSON.parse(localStorage.getItem(READER_SETTINGS_KEY) ?? '{}') as Record<string, string>;
}

function openPanel() {
  render(() => <ReaderSettingsButton />);
  const button = screen.getByRole('button', { name: 'Reading settings' });
  fireEvent.click(button);
  return { button, panel: screen.getByRole('dialog', { name: 'Reading settings' }) };
}

describe('the reading settings panel', () => {
  it('opens from its button, with every setting a named radio group', () => {
    const { button } = openPanel();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Theme', 'Text size', 'Line spacing', 'Line length', 'Typeface']) {
      expect(screen.getByRole('group', { name })).toBeTruthy();
    }
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(5);
  });

  it('stores a text size and sets it on <html> at once', () => {
    openPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Largest' }));
    expect(document.documentElement.getAttribute('data-font-size')).toBe('xx-large');
    expect(stored().fontSize).toBe('xx-large');
  });

  it('stores a theme and sets data-theme, and removes it again for System', () => {
    openPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(stored().theme).toBe('dark');
    fireEvent.click(screen.getByRole('radio', { name: 'System' }));
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(stored().theme).toBe('system');
  });

  it('closes on Escape and gives focus back to its button', () => {
    const { button, panel } = openPanel();
    const serif = screen.getByRole('radio', { name: 'Serif' });
    serif.focus();
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('still changes the page when storage refuses to save', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    openPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Sans-serif' }));
    expect(document.documentElement.getAttribute('data-font')).toBe('sans');
  });
});

describe('the theme toggle', () => {
  it('steps System → Light → Dark → System, naming the current theme', () => {
    render(() => <ThemeToggle />);
    const names: (string | null)[] = [];
    for (let step = 0; step < 4; step++) {
      const button = screen.getByRole('button', { name: /^Theme: / });
      names.push(`${button.textContent?.trim()} / ${document.documentElement.getAttribute('data-theme')}`);
      fireEvent.click(button);
    }
    expect(names).toEqual([
      'Theme: System / null',
      'Theme: Light / light',
      'Theme: Dark / dark',
      'Theme: System / null',
    ]);
  });
});
