import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManifestEntry } from 'workbox-build';
import { pwaOptions, PRECACHED_POST_PAGES } from '../../../src/build/pwa/pwa-options.ts';

const site = { title: 'T', description: 'D', language: 'en' };

let outDir: string;

beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'field-notes-precache-'));
  await mkdir(path.join(outDir, 'posts'));
});

afterEach(() => rm(outDir, { recursive: true, force: true }));

/** Writes a post page for each slug, as the prerenderer does. */
async function writePages(slugs: string[], body = (slug: string) => `<h1>${slug}</h1>`): Promise<void> {
  for (const slug of slugs) await writeFile(path.join(outDir, 'posts', `${slug}.html`), body(slug));
}

/** The precache list made from what Workbox's glob found (`globbed`), with the post pages of `slugs`. */
async function precache(
  slugs: string[],
  globbed: string[],
  images = { precached: [] as string[], replaced: [] as string[] },
) {
  const options = pwaOptions(site, '/', {
    postSlugs: () => slugs,
    outDir: () => outDir,
    images: () => images,
  }).injectManifest;
  const transform = options?.manifestTransforms?.[0];
  if (!transform) throw new Error('no manifest transform');
  const entries = globbed.map((url) => ({ url, revision: '1', size: 1 }) as ManifestEntry);
  return {
    ignored: options?.globIgnores ?? [],
    ...((await transform(entries as never)) as { manifest: (ManifestEntry & { size: number })[]; warnings: string[] }),
  };
}

describe('the precache list', () => {
  it('keeps every page but the older posts: the newest PRECACHED_POST_PAGES post pages only', async () => {
    const slugs = Array.from({ length: PRECACHED_POST_PAGES + 2 }, (_, i) => `post-${i}`);
    await writePages(slugs);
    const others = ['index.html', '404.html', 'tags.html', 'tags/a.html', 'data/bundles/abc.json'];
    const { manifest, ignored, warnings } = await precache(slugs, others);
    // Workbox's glob never reads the post pages: there may be ten thousand of them.
    expect(ignored).toContain('posts/*.html');
    expect(manifest.filter((entry) => entry.url.startsWith('posts/')).map((entry) => entry.url)).toEqual(
      slugs.slice(0, PRECACHED_POST_PAGES).map((slug) => `posts/${slug}.html`),
    );
    expect(manifest.filter((entry) => !entry.url.startsWith('posts/')).map((entry) => entry.url)).toEqual(others);
    expect(warnings).toEqual([]);
  });

  it('gives a kept post page the revision and size Workbox would: the MD5 of its content', async () => {
    await writePages(['a', 'b'], (slug) => `<p>${slug.repeat(10)}</p>`);
    const { manifest } = await precache(['a', 'b'], []);
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    expect(manifest).toEqual([
      { url: 'posts/a.html', revision: md5('<p>aaaaaaaaaa</p>'), size: 17 },
      { url: 'posts/b.html', revision: md5('<p>bbbbbbbbbb</p>'), size: 17 },
    ]);
  });

  it("leaves out a post page over Workbox's 2 MiB limit with the warning that fails the build", async () => {
    await writePages(['big', 'small'], (slug) => (slug === 'big' ? 'x'.repeat(2 * 1024 * 1024 + 1) : slug));
    const { manifest, warnings } = await precache(['big', 'small'], []);
    expect(manifest.map((entry) => entry.url)).toEqual(['posts/small.html']);
    expect(warnings).toEqual([expect.stringMatching(/^posts\/big\.html .*maximumFileSizeToCacheInBytes/)]);
  });

  it("adds the post images within the budget, and leaves out public/'s originals that posts show processed copies of", async () => {
    await mkdir(path.join(outDir, 'assets/images'), { recursive: true });
    await writeFile(path.join(outDir, 'assets/images/a-960w-0123456789.avif'), 'avif');
    const { manifest, ignored } = await precache([], ['index.html', 'images/photo.png', 'favicon.svg'], {
      precached: ['assets/images/a-960w-0123456789.avif'],
      replaced: ['images/photo.png'],
    });
    // The glob never takes the processed images: only the ones within the budget go in.
    expect(ignored).toContain('assets/images/**');
    expect(manifest.map((entry) => entry.url)).toEqual([
      'index.html',
      'favicon.svg',
      'assets/images/a-960w-0123456789.avif',
    ]);
  });
});
