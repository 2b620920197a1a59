// Reader settings as data: what can be chosen, the defaults, how a stored value is read back and
// which attributes on <html> express it. Pure, so public/boot.js can be tested against it.

/** The colour theme: follow the system, or a fixed choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';
/** Body text size steps. */
export type FontSize = 'small' | 'medium' | 'large' | 'x-large' | 'xx-large';
/** Space between lines. */
export type LineHeight = 'compact' | 'normal' | 'relaxed';
/** Length of a line of text. */
export type TextWidth = 'narrow' | 'medium' | 'wide';
/** Typeface of the body text. */
export type BodyFont = 'serif' | 'sans';

/** Everything a reader can set about how text looks. */
export interface ReaderSettings {
  theme: ThemeChoice;
  fontSize: FontSize;
  lineHeight: LineHeight;
  width: TextWidth;
  font: BodyFont;
}

/** The localStorage key; public/boot.js reads the same key before first paint. */
export const READER_SETTINGS_KEY = 'field-notes:reader-settings';

/** One choice of a setting, with the label a reader sees. */
export interface SettingChoice<T> {
  value: T;
  label: string;
}

/** Each setting's choices in display order, with their labels. */
export const READER_SETTING_CHOICES: {
  readonly [K in keyof ReaderSettings]: readonly SettingChoice<ReaderSettings[K]>[];
} = {
  theme: [
    { value: 'system', label: 'System' },
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ],
  fontSize: [
    { value: 'small', label: 'Small' },
    { value: 'medium', label: 'Medium' },
    { value: 'large', label: 'Large' },
    { value: 'x-large', label: 'Larger' },
    { value: 'xx-large', label: 'Largest' },
  ],
  lineHeight: [
    { value: 'compact', label: 'Compact' },
    { value: 'normal', label: 'Normal' },
    { value: 'relaxed', label: 'Relaxed' },
  ],
  width: [
    { value: 'narrow', label: 'Narrow' },
    { value: 'medium', label: 'Medium' },
    { value: 'wide', label: 'Wide' },
  ],
  font: [
    { value: 'serif', label: 'Serif' },
    { value: 'sans', label: 'Sans-serif' },
  ],
};

/** What a reader sees before choosing anything. */
export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = {
  theme: 'system',
  fontSize: 'medium',
  lineHeight: 'normal',
  width: 'medium',
  font: 'serif',
};

/** The attribute on <html> that carries each setting (the theme only when it is not "system"). */
export const READER_SETTING_ATTRIBUTES = {
  theme: 'data-theme',
  fontSize: 'data-font-size',
  lineHeight: 'data-line-height',
  width: 'data-text-width',
  font: 'data-font',
} as const satisfies Record<keyof ReaderSettings, string>;

/** Background colours for `<meta name="theme-color">`; the same as `--bg` in tokens.css. */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#16171a' } as const;

/** Every setting's key, in display order. */
export const SETTING_KEYS = Object.keys(DEFAULT_READER_SETTINGS) as (keyof ReaderSettings)[];

/** The JSON object stored as `text`; none when it is missing, unreadable or not an object. */
export function parseStoredObject(text: string | null | undefined): Record<string, unknown> | undefined {
  try {
    const raw: unknown = text ? JSON.parse(text) : undefined;
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads stored settings field by field, so one bad value (an old choice, a hand edit) never resets the others. */
export function parseReaderSettings(stored: string | null | undefined): ReaderSettings {
  const source = parseStoredObject(stored) ?? {};
  const settings = { ...DEFAULT_READER_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = source[key];
    if (isChoice(key, value)) Object.assign(settings, { [key]: value });
  }
  return settings;
}

/** True when `value` is one of the choices of setting `key`. */
export function isChoice<K extends keyof ReaderSettings>(key: K, value: unknown): value is ReaderSettings[K] {
  return READER_SETTING_CHOICES[key].some((choice) => choice.value === value);
}

/** The attributes for <html>: a value to set, or null to remove (the theme when it follows the system). */
export function readerSettingsAttributes(settings: ReaderSettings): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const key of SETTING_KEYS) {
    attributes[READER_SETTING_ATTRIBUTES[key]] = settings[key];
  }
  if (settings.theme === 'system') attributes[READER_SETTING_ATTRIBUTES.theme] = null;
  return attributes;
}

/** The theme-color a meta tag should carry: a fixed theme wins over the tag's own media query. */
export function themeColorFor(theme: ThemeChoice, media: 'light' | 'dark'): string {
  return THEME_COLORS[theme === 'system' ? media : theme];
}
