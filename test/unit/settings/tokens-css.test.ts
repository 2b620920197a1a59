import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../../src/app/settings/reader-settings.ts';

const TOKENS = readFileSync(new URL('../../../src/app/styles/tokens.css', import.meta.url), 'utf8');

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
  it('gives the chosen dark theme exactly the system dark palette', () => {
    const system = declarations(":root:not([data-theme='light'])");
    const chosen = declarations(":root[data-theme='dark']");
    expect(system.size).toBeGreaterThan(5);
    expect(chosen).toEqual(system);
  });

  it('uses the theme-color values as the page background in each theme', () => {
    expect(declarations(':root').get('--bg')).toBe(THEME_COLORS.light);
    expect(declarations(":root[data-theme='dark']").get('--bg')).toBe(THEME_COLORS.dark);
  });
});
