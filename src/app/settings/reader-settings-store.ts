import { createSignal } from 'solid-js';
import {
  DEFAULT_READER_SETTINGS,
  parseReaderSettings,
  READER_SETTINGS_KEY,
  readerSettingsAttributes,
  themeColorFor,
  type ReaderSettings,
} from './reader-settings.ts';

const [settings, setSettings] = createSignal<ReaderSettings>({ ...DEFAULT_READER_SETTINGS });

/** The reader's current settings (defaults until `startReaderSettings` has read storage). */
export const readerSettings = settings;

/**
 * Reads the saved settings and follows changes made in other tabs. Call once at start-up:
 * public/boot.js already applied them before first paint; this makes the app agree with it.
 */
export function startReaderSettings(): () => void {
  setSettings(parseReaderSettings(readStored()));
  applyToDocument(settings());
  const onStorage = (event: StorageEvent) => {
    if (event.key !== READER_SETTINGS_KEY) return;
    setSettings(parseReaderSettings(event.newValue));
    applyToDocument(settings());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Changes some settings: applied to the page at once and remembered (when storage allows). */
export function updateReaderSettings(change: Partial<ReaderSettings>): void {
  const next = parseReaderSettings(JSON.stringify({ ...settings(), ...change }));
  setSettings(next);
  applyToDocument(next);
  try {
    localStorage.setItem(READER_SETTINGS_KEY, JSON.stringify(next));
  } catch {
    // Storage disabled or full: the choice still holds for this page, it just is not remembered.
  }
}

/** Sets the attributes (and theme-color metas) on the document, like public/boot.js does. */
export function applyToDocument(next: ReaderSettings, doc: Document = document): void {
  const html = doc.documentElement;
  for (const [name, value] of Object.entries(readerSettingsAttributes(next))) {
    if (value === null) html.removeAttribute(name);
    else html.setAttribute(name, value);
  }
  for (const meta of doc.querySelectorAll('meta[name="theme-color"]')) {
    const media = /dark/.test(meta.getAttribute('media') ?? '') ? 'dark' : 'light';
    meta.setAttribute('content', themeColorFor(next.theme, media));
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(READER_SETTINGS_KEY);
  } catch {
    return null;
  }
}
