// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseReaderSettings, READER_SETTINGS_KEY } from '../../../src/app/settings/reader-settings.ts';
import {
  readerSettings,
  readTimedSettings,
  startReaderSettings,
  updateReaderSettings,
  writeTimedSettings,
} from '../../../src/app/settings/reader-settings-store.ts';
import { parseSettingTimes, timedSettings, withTimedSettings } from '../../../src/app/settings/setting-times.ts';

describe('setting times, as stored', () => {
  it('are kept beside the choices, which read back as before', () => {
    const text = withTimedSettings(null, [{ key: 'theme', value: 'dark', changedAt: 1_000 }]);
    expect(parseReaderSettings(text).theme).toBe('dark');
    expect(parseSettingTimes(text)).toEqual({ theme: 1_000 });
    expect(timedSettings(text)).toEqual([{ key: 'theme', value: 'dark', changedAt: 1_000 }]);
  });

  it('count a choice stored before times were kept as the oldest, and a default never chosen not at all', () => {
    const old = JSON.stringify({ theme: 'dark', fontSize: 'medium', font: 'comic' });
    expect(timedSettings(old)).toEqual([{ key: 'theme', value: 'dark', changedAt: 0 }]);
    expect(timedSettings(null)).toEqual([]);
    expect(timedSettings('{oops')).toEqual([]);
  });

  it('leave out a time that is not whole milliseconds since 1970', () => {
    const text = JSON.stringify({ theme: 'dark', changedAt: { theme: -5, font: 'yesterday', width: 7 } });
    expect(parseSettingTimes(text)).toEqual({ width: 7 });
  });
});

describe('the settings store, with times', () => {
  let stop: () => void;

  beforeEach(() => {
    localStorage.clear();
    stop = startReaderSettings();
    vi.useFakeTimers({ now: 5_000, toFake: ['Date'] });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    stop();
  });

  it('stamps each setting the reader changes with the time, and only those', () => {
    updateReaderSettings({ fontSize: 'large' });
    vi.setSystemTime(6_000);
    updateReaderSettings({ theme: 'dark' });
    expect(readTimedSettings()).toEqual([
      { key: 'theme', value: 'dark', changedAt: 6_000 },
      { key: 'fontSize', value: 'large', changedAt: 5_000 },
    ]);
  });

  it('applies imported settings to the page, and puts the previous ones back when asked', () => {
    updateReaderSettings({ font: 'sans' });
    const before = localStorage.getItem(READER_SETTINGS_KEY);
    const undo = writeTimedSettings([{ key: 'theme', value: 'dark', changedAt: 9 }]);
    expect(readerSettings()).toMatchObject({ theme: 'dark', font: 'sans' });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    undo();
    expect(localStorage.getItem(READER_SETTINGS_KEY)).toBe(before);
    expect(readerSettings().theme).toBe('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('removes what an import stored when there was nothing before it', () => {
    writeTimedSettings([{ key: 'width', value: 'wide', changedAt: 9 }])();
    expect(localStorage.getItem(READER_SETTINGS_KEY)).toBeNull();
  });

  it('throws when storage refuses imported settings, changing nothing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Full', 'QuotaExceededError');
    });
    expect(() => writeTimedSettings([{ key: 'theme', value: 'dark', changedAt: 9 }])).toThrow(
      'This browser would not store the reader settings.',
    );
    expect(readerSettings().theme).toBe('system');
  });
});
