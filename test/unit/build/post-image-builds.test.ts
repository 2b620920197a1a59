import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/build/content/errors.ts';
import { candidates, imagesOf, MEDIA, ROOT, useMediaBuilds } from './media-fixture.ts';

const { build, mediaCopy, failure, scratch } = useMediaBuilds();

describe('post images, between builds', () => {
  it('encodes each image once: a second build takes every file from the cache and writes none', async () => {
    const cacheDir = path.join(scratch(), 'between-builds');
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
