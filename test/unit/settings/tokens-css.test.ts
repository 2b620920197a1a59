import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../../src/app/settings/reader-settings.ts';

const TOKENS = readFileSync(new URL('../../../src/app/styles/tokens.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The declarations of the first rule whose selector is exactly `selector`, as a name → value map. */
function declarations(selector: string): Map<string, string> {
  const start = TOKENS.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`No rule "${selector}" in tokens.css`);
  const body = TOKENS.slice(TOKENS.indexOf('{', start) + 1, TOKENS.indexOf('}', start));
  return new Map(
    body
      .split(';')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('tokens.css', () => {
  it('gives every colour a light and a dark value, so neither theme is left with the other’s', () => {
    const colours = [...declarations(':root')].filter(
      ([name]) => name.startsWith('--') && !/^--(font|reading|measure)/.test(name),
    );
    expect(colours.length).toBeGreaterThan(5);
    for (const [name, value] of colours) expect(value, name).toMatch(/^light-dark\(.+, .+\)$/);
  });

  it('uses the theme-color values as the page background in each theme', () => {
    expect(declarations(':root').get('--bg')).toBe(`light-dark(${THEME_COLORS.light}, ${THEME_COLORS.dark})`);
  });

  it('lets a chosen theme override the system’s', () => {
    expect(declarations(':root').get('color-scheme')).toBe('light dark');
    expect(declarations(":root[data-theme='light']").get('color-scheme')).toBe('light');
    expect(declarations(":root[data-theme='dark']").get('color-scheme')).toBe('dark');
  });
});
