import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { PRECACHE_PACK_FILE } from '../../src/shared/precache-pack.ts';
import { readPack } from '../../src/sw/precache-pack.ts';

// Reads the built service worker: everything a reader needs offline must be in its precache.
describe('the service worker precache list', () => {
  const distDir = inject('distDir');
  const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]));

  // Bodies go out in bundles of about a hundred posts, so at 10,000 posts this is about a
  // hundred files rather than 10,000; they stay precached because a reader whose browser refuses
  // IndexedDB (memory fallback) re-syncs from them offline on every visit.
  it('covers every prerendered page, the index manifest, its shards, every body bundle, every chunk and the manifest', () => {
    const pages = filesUnder(distDir, '.').filter((file) => file.endsWith('.html'));
    // Home, 4 posts, /tags, 10 tag pages, /bookmarks, /offline, /search and Not found.
    expect(pages.length).toBe(20);
    const expected = [
      ...pages,
      'manifest.webmanifest',
      ...filesUnder(distDir, 'data').filter((file) => file.endsWith('.json')),
      ...filesUnder(distDir, 'assets').filter((file) => /\.(js|css)$/.test(file)),
    ];
    expect(expected.filter((file) => file.startsWith('data/shards/')).length).toBeGreaterThanOrEqual(1);
    expect(expected.filter((file) => file.startsWith('data/bundles/')).length).toBeGreaterThanOrEqual(1);
    expect(expected.filter((file) => file.startsWith('data/posts/'))).toEqual([]);
    expect(expected.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('holds Not found (404.html), the page for any path the build has no page for', () => {
    expect(precached.has('404.html')).toBe(true);
    expect(readFileSync(path.join(distDir, '404.html'), 'utf8')).toContain('<h1 tabindex="-1">Page not found</h1>');
  });

  it('packs every precached file but the post bodies for a first install, at the same revision', () => {
    const listed = [...sw.matchAll(/\{"revision":(null|"[^"]*"),"url":"([^"]+)"\}/g)].map((match) => ({
      url: match[2]!,
      revision: JSON.parse(match[1]!) as string | null,
    }));
    // vite-plugin-pwa lists the web app manifest a second time, after the build's own list.
    const manifest = listed.filter((entry, i) => listed.findIndex((other) => other.url === entry.url) === i);
    expect(manifest.length).toBe(precached.size);
    const pack = readPack(new Uint8Array(gunzipSync(readFileSync(path.join(distDir, PRECACHE_PACK_FILE)))));
    const expected = manifest.filter((entry) => !entry.url.startsWith('data/bundles/'));
    expect(pack.map(({ url, revision }) => ({ url, revision }))).toEqual(expected);
    for (const file of pack)
      expect(Buffer.from(file.body).equals(readFileSync(path.join(distDir, file.url)))).toBe(true);
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
