import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Reads the built service worker: everything a reader needs offline must be in its precache.
describe('the service worker precache list', () => {
  const distDir = inject('distDir');
  const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]));

  it('covers the index, every post body, every chunk and stylesheet, and the app shell', () => {
    const expected = [
      'index.html',
      'manifest.webmanifest',
      ...filesUnder(distDir, 'data').filter((file) => file.endsWith('.json')),
      ...filesUnder(distDir, 'assets').filter((file) => /\.(js|css)$/.test(file)),
    ];
    expect(expected.filter((file) => file.startsWith('data/posts/')).length).toBe(4);
    expect(expected.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('leaves out 404.html, the copy of the shell that static hosts answer deep links with', () => {
    expect(readFileSync(path.join(distDir, '404.html'), 'utf8')).toBe(
      readFileSync(path.join(distDir, 'index.html'), 'utf8'),
    );
    expect(precached.has('404.html')).toBe(false);
  });

  it('leaves source maps out', () => {
    expect([...precached].filter((url) => url?.endsWith('.map'))).toEqual([]);
  });
});

function filesUnder(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
