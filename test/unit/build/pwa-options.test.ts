import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from 'workbox-build';
import { pwaOptions, PRECACHED_POST_PAGES } from '../../../src/build/pwa-options.ts';

const site = { title: 'T', description: 'D', language: 'en' };

function precached(slugs: string[], urls: string[]): string[] {
  const transform = pwaOptions(site, '/', () => slugs).injectManifest?.manifestTransforms?.[0];
  if (!transform) throw new Error('no manifest transform');
  const entries: ManifestEntry[] = urls.map((url) => ({ url, revision: '1', size: 1 }) as ManifestEntry);
  const result = transform(entries as never) as { manifest: ManifestEntry[] };
  return result.manifest.map((entry) => entry.url);
}

describe('the precache list', () => {
  it('keeps every page but the older posts: the newest PRECACHED_POST_PAGES post pages only', () => {
    const slugs = Array.from({ length: PRECACHED_POST_PAGES + 2 }, (_, i) => `post-${i}`);
    const others = ['index.html', '404.html', 'tags.html', 'tags/a.html', 'data/posts/post-101.abc.json'];
    const kept = precached(slugs, [...slugs.map((slug) => `posts/${slug}.html`), ...others]);
    expect(kept.filter((url) => url.startsWith('posts/'))).toEqual(
      slugs.slice(0, PRECACHED_POST_PAGES).map((slug) => `posts/${slug}.html`),
    );
    expect(kept.filter((url) => !url.startsWith('posts/'))).toEqual(others);
  });

  it('keeps every post page of a small site', () => {
    expect(precached(['a', 'b'], ['posts/a.html', 'posts/b.html'])).toEqual(['posts/a.html', 'posts/b.html']);
  });
});
