import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite, type SiteBuildOptions } from '../../../src/build/build-site.ts';
import { ContentError, formatProblem } from '../../../src/build/errors.ts';
import { sanitizePostHtml } from '../../../src/build/sanitize.ts';
import type { OfflineImageList } from '../../../src/shared/images.ts';
import { htmlFragment } from './dom.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MEDIA = path.join(ROOT, 'test/fixtures/media');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'field-notes-images-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function build(contentDir: string, options: Partial<SiteBuildOptions> = {}): Promise<BuiltSite> {
  return buildSite({
    contentDir,
    publicDir: path.join(ROOT, 'test/fixtures/valid/public'),
    includeDrafts: false,
    displayRoot: ROOT,
    imageCacheDir: path.join(scratch, 'cache'),
    ...options,
  });
}

/** A copy of the media fixture whose post's markdown `edit` changes, and whose budget line reads `budget`. */
async function mediaCopy(name: string, edit: (markdown: string) => string, budget?: string): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(MEDIA, dir, { recursive: true });
  const post = path.join(dir, 'posts/pictures-and-code.md');
  await writeFile(post, edit(await readFile(post, 'utf8')));
  if (budget !== undefined) {
    const siteYaml = path.join(dir, 'site.yaml');
    await writeFile(siteYaml, (await readFile(siteYaml, 'utf8')).replace(/^imagePrecacheBudget: .*$/m, budget));
  }
  return dir;
}

async function failure(contentDir: string): Promise<ContentError> {
  const error: unknown = await build(contentDir).then(
    () => new Error('expected the build to fail'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ContentError)) throw error;
  return error;
}

function imagesOf(site: BuiltSite): HTMLImageElement[] {
  return [...htmlFragment(site.posts[0]!.html).querySelectorAll('img')];
}

/** `[file, width]` for each candidate of a srcset. */
function candidates(srcset: string | null): [string, number][] {
  return (srcset ?? '').split(', ').map((part) => {
    const [url = '', width = ''] = part.split(' ');
    return [url, Number(width.replace(/w$/, ''))];
  });
}

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

  it('copies the SVG as it is, with the width and height written in it', async () => {
    const diagram = imagesOf(site)[2]!;
    expect(diagram.parentElement!.localName).toBe('p');
    expect(diagram.getAttribute('src')).toMatch(/^\/assets\/images\/diagram-[0-9a-f]{10}\.svg$/);
    expect([diagram.getAttribute('width'), diagram.getAttribute('height')]).toEqual(['600', '240']);
    const copy = site.images.files.find((file) => `/${file.fileName}` === diagram.getAttribute('src'))!;
    expect(await readFile(copy.from)).toEqual(await readFile(path.join(MEDIA, 'posts/pictures-and-code/diagram.svg')));
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

describe('post images, between builds', () => {
  it('encodes each image once: a second build takes every file from the cache and writes none', async () => {
    const cacheDir = path.join(scratch, 'between-builds');
    const first = await build(MEDIA, { imageCacheDir: cacheDir });
    expect(first.images.stats).toMatchObject({ images: 3, encoded: 3 });
    const written = await Promise.all(first.images.files.map(async (file) => (await stat(file.from)).mtimeMs));

    const second = await build(MEDIA, { imageCacheDir: cacheDir });
    expect(second.images.stats).toMatchObject({ images: 3, encoded: 0 });
    expect(second.images.files).toEqual(first.images.files);
    expect(await Promise.all(second.images.files.map(async (file) => (await stat(file.from)).mtimeMs))).toEqual(
      written,
    );
    expect(second.posts[0]!.html).toBe(first.posts[0]!.html);
  });
});

describe('post images that are wrong', () => {
  it('fails the build on an image beside the post that is not there, at its file and line', async () => {
    const dir = await mediaCopy('missing', (md) =>
      md.replace('./pictures-and-code/stage.jpg', './pictures-and-code/nope.jpg'),
    );
    const error = await failure(dir);
    const shown = path.relative(ROOT, dir);
    expect(error.problems.map(formatProblem)).toEqual([
      `${shown}/posts/pictures-and-code.md:12: image "./pictures-and-code/nope.jpg" does not exist: put the file at ${shown}/posts/pictures-and-code/nope.jpg, beside the post, or fix the path`,
    ]);
  });

  it('fails the build on a file that is no image, at its file and line', async () => {
    const dir = await mediaCopy('broken', (md) => md);
    await writeFile(path.join(dir, 'posts/pictures-and-code/stage.jpg'), 'not a JPEG');
    const error = await failure(dir);
    expect(error.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /pictures-and-code\.md:12: image "\.\/pictures-and-code\/stage\.jpg" could not be processed: /,
      ),
    ]);
  });

  it('warns of an image with no alt text, at its file and line, and builds on', async () => {
    const dir = await mediaCopy('no-alt', (md) => md.replace('![Client, sidecar and service in a row]', '![]'));
    const site = await build(dir);
    expect(site.warnings.map(formatProblem)).toEqual([
      `${path.relative(ROOT, dir)}/posts/pictures-and-code.md:20: image "./pictures-and-code/diagram.svg" has no alt text: say what it shows, for readers who cannot see it`,
    ]);
    expect(imagesOf(site)[2]!.getAttribute('alt')).toBe('');
  });

  it('precaches every image within the default budget, and none with a budget of 0', async () => {
    const unset = await build(await mediaCopy('default-budget', (md) => md, ''));
    expect(unset.images.precached).toHaveLength(3);
    const none = await build(await mediaCopy('no-budget', (md) => md, 'imagePrecacheBudget: 0'));
    expect(none.images.precached).toEqual([]);
  });

  it('fails the build on a budget it cannot read, at its line in site.yaml', async () => {
    const dir = await mediaCopy('bad-budget', (md) => md, 'imagePrecacheBudget: lots');
    const error = await failure(dir);
    expect(error.problems.map(formatProblem)).toEqual([
      `${path.relative(ROOT, dir)}/site.yaml:7: \`imagePrecacheBudget\` "lots" is not a size: write it as 2 MB, 500 kB or 0`,
    ]);
  });
});

describe('post images under a sub-path', () => {
  it('puts the base path before every candidate, and feeds carry them absolute', async () => {
    const site = await build(MEDIA, { basePath: '/notes/' });
    const urls = imagesOf(site).flatMap((image) => [
      image.getAttribute('src')!,
      ...candidates(image.getAttribute('srcset')).map(([url]) => url),
    ]);
    expect(urls.filter((url) => url !== '' && !url.startsWith('/notes/assets/images/'))).toEqual([]);
    const rss = site.assets.find((a) => a.fileName === 'feed.xml')!.source;
    expect(rss).toMatch(
      /srcset="https:\/\/notes\.example\.org\/notes\/assets\/images\/stage-480w-[0-9a-f]{10}\.avif 480w, https:/,
    );
    expect(rss).not.toMatch(/srcset="\//);
  });
});
