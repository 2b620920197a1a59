import { createSignal } from 'solid-js';
import {
  DEFAULT_READER_SETTINGS,
  isChoice,
  parseReaderSettings,
  READER_SETTINGS_KEY,
  readerSettingsAttributes,
  SETTING_KEYS,
  themeColorFor,
  type ReaderSettings,
} from './reader-settings.ts';
import {
  parseSettingTimes,
  storedSettingsText,
  timedSettings,
  withTimedSettings,
  type TimedSetting,
} from './setting-times.ts';

const [settings, setSettings] = createSignal<ReaderSettings>({ ...DEFAULT_READER_SETTINGS });

/** The reader's current settings (defaults until `startReaderSettings` has read storage). */
export const readerSettings = settings;

/** Call once at start-up: reads the settings public/boot.js applied, then follows other tabs. Returns what stops it. */
export function startReaderSettings(): () => void {
  refresh();
  const onStorage = (event: StorageEvent) => {
    if (event.key !== READER_SETTINGS_KEY) return;
    setSettings(parseReaderSettings(event.newValue));
    applyToDocument(settings());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Changes some settings: applied to the page at once and remembered, with the time, when storage allows. */
export function updateReaderSettings(change: Partial<ReaderSettings>): void {
  const next = parseReaderSettings(JSON.stringify({ ...settings(), ...change }));
  setSettings(next);
  applyToDocument(next);
  const now = Date.now();
  const times = parseSettingTimes(readStored());
  for (const key of SETTING_KEYS) if (isChoice(key, change[key])) times[key] = now;
  try {
    localStorage.setItem(READER_SETTINGS_KEY, storedSettingsText(next, times));
  } catch {
    // Storage disabled or full: the choice still holds for this page, it just is not remembered.
  }
}

/** The settings the reader chose, with when, as an export carries them. */
export function readTimedSettings(): TimedSetting[] {
  return timedSettings(readStored());
}

/** Stores and applies imported settings; throws when storage refuses. Returns an undo, if the import fails later. */
export function writeTimedSettings(changes: readonly TimedSetting[]): () => void {
  const before = readStored();
  try {
    localStorage.setItem(READER_SETTINGS_KEY, withTimedSettings(before, changes));
  } catch (cause) {
    throw new Error('This browser would not store the reader settings.', { cause });
  }
  refresh();
  return () => {
    try {
      if (before === null) localStorage.removeItem(READER_SETTINGS_KEY);
      else localStorage.setItem(READER_SETTINGS_KEY, before);
    } catch {
      // Putting back what was just replaced needs no more room; if even that fails, nothing is left to try.
    }
    refresh();
  };
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

function refresh(): void {
  setSettings(parseReaderSettings(readStored()));
  applyToDocument(settings());
}

function readStored(): string | null {
  try {
    return localStorage.getItem(READER_SETTINGS_KEY);
  } catch {
    return null;
  }
}
