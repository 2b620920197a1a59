import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCREENSHOTS, THEME_COLORS, webAppManifest } from '../../../src/build/pwa/pwa-options.ts';
import { THEME_COLORS as PAGE_THEME_COLORS } from '../../../src/app/settings/reader-settings.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLIC = path.join(ROOT, 'public');
const SITE = { title: 'KubeCon Field Notes', description: 'Write-ups.', language: 'en' };

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(PUBLIC, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The icons are generated once by `npm run icons` and committed, so the build needs no sharp.
describe('committed app icons', () => {
  it.each([
    ['pwa-192x192.png', 192],
    ['pwa-512x512.png', 512],
    ['maskable-icon-512x512.png', 512],
    ['apple-touch-icon-180x180.png', 180],
  ])('%s is %i pixels square', (file, size) => {
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  it('has a favicon.ico with a 48 pixel image', () => {
    const ico = readFileSync(path.join(PUBLIC, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(48);
  });

  it('has the SVG every icon is drawn from', () => {
    expect(readFileSync(path.join(PUBLIC, 'favicon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
  });

  it.each(MANIFEST_SCREENSHOTS.map((shot) => [shot.file, shot]))(
    'has the %s manifest screenshot at its size',
    (file, shot) => {
      expect(pngSize(file)).toEqual({ width: shot.width, height: shot.height });
    },
  );
});

describe('webAppManifest', () => {
  it('names the app and opens it standalone at the root', () => {
    expect(webAppManifest(SITE, '/')).toMatchObject({
      name: 'KubeCon Field Notes',
      short_name: 'Field Notes',
      description: 'Write-ups.',
      lang: 'en',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
  });

  it('keeps id, start URL, scope and shortcuts under a sub-path', () => {
    const manifest = webAppManifest(SITE, '/notes/');
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/notes/', '/notes/', '/notes/']);
    expect(manifest.shortcuts?.map((shortcut) => [shortcut.name, shortcut.url])).toEqual([
      ['Bookmarks', '/notes/bookmarks'],
      ['Tags', '/notes/tags'],
    ]);
  });

  it('points only at icons that exist, with the sizes they really have', () => {
    for (const icon of webAppManifest(SITE, '/').icons ?? []) {
      if (icon.type !== 'image/png') continue;
      const { width, height } = pngSize(icon.src);
      expect(icon.sizes).toBe(`${width}x${height}`);
    }
  });

  it('has one wide and one narrow screenshot', () => {
    expect(webAppManifest(SITE, '/').screenshots?.map((shot) => shot.form_factor)).toEqual(['wide', 'narrow']);
  });

  it('uses the page theme colours, which are the backgrounds of the themes', () => {
    expect(THEME_COLORS).toEqual(PAGE_THEME_COLORS);
    const manifest = webAppManifest(SITE, '/');
    expect([manifest.theme_color, manifest.background_color]).toEqual([THEME_COLORS.light, THEME_COLORS.light]);
  });

  it('matches the theme-color metas in index.html, light and dark', () => {
    const html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
    const metas = [
      ...html.matchAll(/<meta name="theme-color" content="([^"]+)" media="\(prefers-color-scheme: (\w+)\)"/g),
    ];
    expect(Object.fromEntries(metas.map(([, color, scheme]) => [scheme, color]))).toEqual(THEME_COLORS);
  });
});
