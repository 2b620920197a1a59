import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../../../src/build/content/build-site.ts';
import { sanitizePostHtml } from '../../../src/build/content/sanitize.ts';
import type { OfflineImageList } from '../../../src/shared/images.ts';
import { candidates, imagesOf, MEDIA, useMediaBuilds } from './media-fixture.ts';

const { build } = useMediaBuilds();

describe('post images, built from test/fixtures/media', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await build(MEDIA);
  });

  it('builds the one post, and takes the folder of images beside it for no post', () => {
    expect(site.posts.map((post) => post.slug)).toEqual(['pictures-and-code']);
    expect(site.files.filter((file) => file.includes('pictures-and-code/'))).toEqual([]);
  });

  it('offers the JPEG as AVIF and JPEG at 480, 960 and 1600 pixels, with its own width and height', () => {
    const [stage] = imagesOf(site);
    const source = stage!.parentElement!.querySelector('source')!;
    expect(stage!.parentElement!.localName).toBe('picture');
    expect(source.getAttribute('type')).toBe('image/avif');
    expect(candidates(source.getAttribute('srcset'))).toEqual([
      [expect.stringMatching(/^\/assets\/images\/stage-480w-[0-9a-f]{10}\.avif$/), 480],
      [expect.stringMatching(/^\/assets\/images\/stage-960w-[0-9a-f]{10}\.avif$/), 960],
      [expect.stringMatching(/^\/assets\/images\/stage-1600w-[0-9a-f]{10}\.avif$/), 1600],
    ]);
    expect(candidates(stage!.getAttribute('srcset')).map(([url, width]) => [url.split('.').pop(), width])).toEqual([
      ['jpg', 480],
      ['jpg', 960],
      ['jpg', 1600],
    ]);
    expect(stage!.getAttribute('src')).toMatch(/^\/assets\/images\/stage-960w-[0-9a-f]{10}\.jpg$/);
    expect([stage!.getAttribute('width'), stage!.getAttribute('height')]).toEqual(['3200', '2000']);
    expect(stage!.getAttribute('sizes')).toBe(source.getAttribute('sizes'));
    expect(stage!.getAttribute('sizes')).toMatch(/ calc\(100vw - 3rem\)$/);
  });

  it('never makes a width larger than the source: the 1200 pixel PNG stops at 1200, as PNG for the fallback', () => {
    const slide = imagesOf(site)[1]!;
    expect(candidates(slide.getAttribute('srcset')).map(([url, width]) => [url.split('.').pop(), width])).toEqual([
      ['png', 480],
      ['png', 960],
      ['png', 1200],
    ]);
    expect(candidates(slide.parentElement!.querySelector('source')!.getAttribute('srcset')).map(([, w]) => w)).toEqual([
      480, 960, 1200,
    ]);
    expect([slide.getAttribute('width'), slide.getAttribute('height')]).toEqual(['1200', '800']);
  });

  it('writes files of exactly the widths the srcset says', async () => {
    for (const image of imagesOf(site).slice(0, 2)) {
      const listed = [image, image.parentElement!.querySelector('source')!].flatMap((element) =>
        candidates(element.getAttribute('srcset')),
      );
      for (const [url, width] of listed) {
        const file = site.images.files.find((candidate) => `/${candidate.fileName}` === url);
        expect(file, url).toBeDefined();
        expect((await sharp(file!.from).metadata()).width).toBe(width);
      }
    }
  });

  it('makes a captioned image a figure, the caption its figcaption and not a title', () => {
    const slide = imagesOf(site)[1]!;
    const figure = slide.closest('figure');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('The title slide of the service mesh keynote');
    expect(slide.hasAttribute('title')).toBe(false);
    expect(slide.getAttribute('alt')).toBe('A title slide reading "Service mesh, 2018"');
    expect(imagesOf(site)[0]!.closest('figure')).toBeNull();
  });

  it('publishes a clean SVG as it was written, sanitized, with the width and height written in it', async () => {
    const diagram = imagesOf(site)[2]!;
    expect(diagram.parentElement!.localName).toBe('p');
    expect(diagram.getAttribute('src')).toMatch(/^\/assets\/images\/diagram-[0-9a-f]{10}\.svg$/);
    expect([diagram.getAttribute('width'), diagram.getAttribute('height')]).toEqual(['600', '240']);
    const copy = site.images.files.find((file) => `/${file.fileName}` === diagram.getAttribute('src'))!;
    // Serialized from its root element: only the line break after it goes.
    const written = await readFile(path.join(MEDIA, 'posts/pictures-and-code/diagram.svg'), 'utf8');
    expect(await readFile(copy.from, 'utf8')).toBe(written.trim());
  });

  it('loads the first image at once with a high priority, and the others lazily', () => {
    const attributes = imagesOf(site).map((image) => [
      image.getAttribute('loading'),
      image.getAttribute('fetchpriority'),
      image.getAttribute('decoding'),
    ]);
    expect(attributes).toEqual([
      ['eager', 'high', 'async'],
      ['lazy', null, 'async'],
      ['lazy', null, 'async'],
    ]);
  });

  it('holds only markup the sanitizer allows: the post is unchanged by it', () => {
    expect(sanitizePostHtml(site.posts[0]!.html)).toBe(site.posts[0]!.html);
  });

  it('lists one AVIF copy of each image for offline reading, with its fallback, and precaches those that fit in the budget', () => {
    const list = JSON.parse(site.assets.find((a) => a.fileName === 'offline-images.json')!.source) as OfflineImageList;
    expect(
      list.images.map(({ modern, fallback }) => [
        modern.split('-')[0],
        modern.split('.').pop(),
        fallback.split('.').pop(),
      ]),
    ).toEqual([
      ['assets/images/stage', 'avif', 'jpg'],
      ['assets/images/slide', 'avif', 'png'],
      ['assets/images/diagram', 'svg', 'svg'],
    ]);
    expect(list.images[0]!.modern).toMatch(/-960w-/);
    // The fixture's budget is 20 kB: the stage's copy is over it, the slide's and the diagram fit.
    expect(site.images.precached).toEqual([list.images[1]!.modern, list.images[2]!.modern]);
    expect(site.images.stats.precachedBytes).toBeLessThanOrEqual(20_000);
  });
});
