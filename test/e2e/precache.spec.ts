import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Reads the built service worker: everything a reader needs offline must be in its precache.
describe('the service worker precache list', () => {
  const distDir = inject('distDir');
  const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]));

  it('covers every prerendered page, the index, every post body, every chunk and the manifest', () => {
    const pages = filesUnder(distDir, '.').filter((file) => file.endsWith('.html'));
    // Home, 4 posts, /tags, 10 tag pages, /bookmarks, /offline and Not found.
    expect(pages.length).toBe(19);
    const expected = [
      ...pages,
      'manifest.webmanifest',
      ...filesUnder(distDir, 'data').filter((file) => file.endsWith('.json')),
      ...filesUnder(distDir, 'assets').filter((file) => /\.(js|css)$/.test(file)),
    ];
    expect(expected.filter((file) => file.startsWith('data/posts/')).length).toBe(4);
    expect(expected.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('holds Not found (404.html), the page for any path the build has no page for', () => {
    expect(precached.has('404.html')).toBe(true);
    expect(readFileSync(path.join(distDir, '404.html'), 'utf8')).toContain('<h1 tabindex="-1">Page not found</h1>');
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
