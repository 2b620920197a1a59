import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  isChoice,
  parseReaderSettings,
  READER_SETTING_CHOICES,
  readerSettingsAttributes,
  themeColorFor,
} from '../../../src/app/settings/reader-settings.ts';

describe('parseReaderSettings', () => {
  it('gives the defaults for nothing stored, bad JSON and JSON that is not an object', () => {
    for (const stored of [null, undefined, '', '{oops', 'null', '42', '"dark"', '[]']) {
      expect(parseReaderSettings(stored), String(stored)).toEqual(DEFAULT_READER_SETTINGS);
    }
  });

  it('reads every valid choice back', () => {
    const chosen = { theme: 'dark', fontSize: 'xx-large', lineHeight: 'relaxed', width: 'narrow', font: 'sans' };
    expect(parseReaderSettings(JSON.stringify(chosen))).toEqual(chosen);
  });

  it('replaces only the invalid fields with their defaults and drops unknown keys', () => {
    const stored = JSON.stringify({ theme: 'sepia', fontSize: 'large', lineHeight: 3, font: 'sans', extra: true });
    expect(parseReaderSettings(stored)).toEqual({
      ...DEFAULT_READER_SETTINGS,
      fontSize: 'large',
      font: 'sans',
    });
  });

  it('offers at least four text sizes, and every default is one of its choices', () => {
    expect(READER_SETTING_CHOICES.fontSize.length).toBeGreaterThanOrEqual(4);
    for (const [key, value] of Object.entries(DEFAULT_READER_SETTINGS)) {
      expect(isChoice(key as keyof typeof DEFAULT_READER_SETTINGS, value), key).toBe(true);
    }
  });
});

describe('readerSettingsAttributes', () => {
  it('leaves data-theme off when the theme follows the system', () => {
    expect(readerSettingsAttributes(DEFAULT_READER_SETTINGS)).toEqual({
      'data-theme': null,
      'data-font-size': 'medium',
      'data-line-height': 'normal',
      'data-text-width': 'medium',
      'data-font': 'serif',
    });
  });

  it('sets data-theme for a chosen theme, and each setting on its own attribute', () => {
    const attributes = readerSettingsAttributes({
      theme: 'light',
      fontSize: 'small',
      lineHeight: 'compact',
      width: 'wide',
      font: 'sans',
    });
    expect(attributes).toEqual({
      'data-theme': 'light',
      'data-font-size': 'small',
      'data-line-height': 'compact',
      'data-text-width': 'wide',
      'data-font': 'sans',
    });
  });
});

describe('themeColorFor', () => {
  it('follows each meta tag’s own media query for System, and the chosen theme otherwise', () => {
    expect(themeColorFor('system', 'light')).toBe('#fbfaf7');
    expect(themeColorFor('system', 'dark')).toBe('#16171a');
    expect(themeColorFor('dark', 'light')).toBe('#16171a');
    expect(themeColorFor('light', 'dark')).toBe('#fbfaf7');
  });
});
