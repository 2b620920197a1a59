// When each reader setting was chosen, kept under `changedAt` in the same JSON so an import can tell the newer choice.
// public/boot.js and parseReaderSettings pass over the times.
import {
  DEFAULT_READER_SETTINGS,
  isChoice,
  parseReaderSettings,
  parseStoredObject,
  SETTING_KEYS,
  type ReaderSettings,
} from './reader-settings.ts';

/** Milliseconds since 1970 at which each setting was last chosen; a setting never chosen has none. */
export type SettingTimes = Partial<Record<keyof ReaderSettings, number>>;

/** One setting as it moves between devices: which, its value, and when it was chosen. */
export type TimedSetting = {
  [K in keyof ReaderSettings]: { key: K; value: ReaderSettings[K]; changedAt: number };
}[keyof ReaderSettings];

/** The times stored in `text`; anything that is not a valid time is left out. */
export function parseSettingTimes(text: string | null | undefined): SettingTimes {
  const times: SettingTimes = {};
  const raw = parseStoredObject(text)?.changedAt;
  if (typeof raw !== 'object' || raw === null) return times;
  for (const key of SETTING_KEYS) {
    const time = (raw as Record<string, unknown>)[key];
    if (isTime(time)) times[key] = time;
  }
  return times;
}

/** The stored JSON of `settings` and their times. */
export function storedSettingsText(settings: ReaderSettings, times: SettingTimes): string {
  return JSON.stringify({ ...settings, changedAt: times });
}

/** The settings the reader chose, with times; one chosen before times were kept has 0, so it still beats no choice. */
export function timedSettings(text: string | null | undefined): TimedSetting[] {
  const settings = parseReaderSettings(text);
  const stored = parseStoredObject(text) ?? {};
  const times = parseSettingTimes(text);
  return SETTING_KEYS.flatMap((key) => {
    const chosenBeforeTimes = isChoice(key, stored[key]) && stored[key] !== DEFAULT_READER_SETTINGS[key];
    const changedAt = times[key] ?? (chosenBeforeTimes ? 0 : undefined);
    return changedAt === undefined ? [] : [{ key, value: settings[key], changedAt } as TimedSetting];
  });
}

/** The stored JSON `text` with `changes` applied, each with its own time. */
export function withTimedSettings(text: string | null | undefined, changes: readonly TimedSetting[]): string {
  const settings: ReaderSettings = parseReaderSettings(text);
  const times = parseSettingTimes(text);
  for (const change of changes) {
    Object.assign(settings, { [change.key]: change.value });
    times[change.key] = change.changedAt;
  }
  return storedSettingsText(settings, times);
}

/** Whether `value` is a time a file or storage may hold: whole milliseconds, 1970 to 275760. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 8.64e15;
}
