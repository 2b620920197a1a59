// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_COLORS as MANIFEST_COLORS } from '../../../src/build/pwa/pwa-options.ts';
import {
  parseReaderSettings,
  READER_SETTINGS_KEY,
  readerSettingsAttributes,
  themeColorFor,
  THEME_COLORS,
} from '../../../src/app/settings/reader-settings.ts';

const BOOT_SOURCE = readFileSync(path.resolve(import.meta.dirname, '../../../public/boot.js'), 'utf8');
const INDEX_HTML = readFileSync(path.resolve(import.meta.dirname, '../../../index.html'), 'utf8');
const ATTRIBUTES = ['data-theme', 'data-font-size', 'data-line-height', 'data-text-width', 'data-font'];

/** Runs public/boot.js as the browser would: a classic script with the page's globals. */
function runBoot(): void {
  new Function(BOOT_SOURCE)();
}

function htmlAttributes(): Record<string, string | null> {
  return Object.fromEntries(ATTRIBUTES.map((name) => [name, document.documentElement.getAttribute(name)]));
}

function resetDocument(): void {
  for (const name of ATTRIBUTES) document.documentElement.removeAttribute(name);
  document.head.innerHTML = [
    '<meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)">',
    '<meta name="theme-color" content="#16171a" media="(prefers-color-scheme: dark)">',
  ].join('');
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('public/boot.js', () => {
  const stored = [
    null,
    '{broken',
    '"dark"',
    JSON.stringify({ theme: 'dark', fontSize: 'x-large', lineHeight: 'relaxed', width: 'wide', font: 'sans' }),
    JSON.stringify({ theme: 'light', fontSize: 'small' }),
    JSON.stringify({ theme: 'system', fontSize: 'huge', width: 'narrow', font: 'comic' }),
    // With the times of each choice beside them (settings/setting-times.ts), which boot.js passes over.
    JSON.stringify({ theme: 'dark', fontSize: 'large', changedAt: { theme: 1_000, fontSize: 2_000 } }),
  ];

  it.each(stored)('sets the same <html> attributes as the app for stored %s', (value) => {
    resetDocument();
    if (value !== null) localStorage.setItem(READER_SETTINGS_KEY, value);
    runBoot();
    const expected = readerSettingsAttributes(parseReaderSettings(value));
    expect(htmlAttributes()).toEqual(expected);
    const theme = parseReaderSettings(value).theme;
    const metas = [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) =>
      meta.getAttribute('content'),
    );
    expect(metas).toEqual([themeColorFor(theme, 'light'), themeColorFor(theme, 'dark')]);
  });

  it('falls back to the defaults without throwing when storage is disabled', () => {
    resetDocument();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runBoot).not.toThrow();
    expect(htmlAttributes()).toEqual(readerSettingsAttributes(parseReaderSettings(null)));
  });

  it('is loaded by index.html before the app, which carries both theme colours', () => {
    expect(INDEX_HTML).toMatch(/<script src="\/boot\.js"><\/script>/);
    expect(INDEX_HTML.indexOf('boot.js')).toBeLessThan(INDEX_HTML.indexOf('type="module"'));
    expect(INDEX_HTML).toContain(`content="${THEME_COLORS.light}" media="(prefers-color-scheme: light)"`);
    expect(INDEX_HTML).toContain(`content="${THEME_COLORS.dark}" media="(prefers-color-scheme: dark)"`);
    expect(THEME_COLORS).toEqual(MANIFEST_COLORS);
  });
});
