import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/build/content/errors.ts';
import { imagesOf, ROOT, useMediaBuilds } from './media-fixture.ts';

const { build, mediaCopy, failure, scratch } = useMediaBuilds();

const HOSTILE = path.join(ROOT, 'test/fixtures/hostile');
const EVIL_SVG = path.join(HOSTILE, 'posts/evil-picture/evil.svg');
const RUNNABLE = /<script|\son[a-z]+=|foreignObject|javascript:|evil\.example/i;

describe('an SVG a post shows', () => {
  it('is published sanitized, never as written, and the author is told what went, at its line', async () => {
    const site = await build(HOSTILE);
    const [svg] = site.images.files;
    expect(site.images.files).toHaveLength(1);
    expect(svg!.fileName).toMatch(/^assets\/images\/evil-[0-9a-f]{10}\.svg$/);
    const published = await readFile(svg!.from, 'utf8');
    expect(published).not.toMatch(RUNNABLE);
    expect(published).toContain('<text x="10" y="50">Tap &amp; see</text>');
    expect(imagesOf(site)[0]!.getAttribute('src')).toBe(`/${svg!.fileName}`);
    expect(site.warnings.map(formatProblem)).toEqual([
      'test/fixtures/hostile/posts/evil-picture.md:10: image "./evil-picture/evil.svg" is published without what an SVG on this site may not hold: ' +
        'onload, <script>, onclick, <foreignObject>, <animate>, xlink:href="javascript:alert(3)", ' +
        'href="https://evil.example/sprites.svg#icon", href="https://evil.example/track.png", ' +
        'fill="url(https://evil.example/paint.svg#g)", a <style> that loads from elsewhere; remove them from the file to silence this warning',
    ]);
  });

  it('says the same from the image cache, on a build that encodes nothing', async () => {
    const cacheDir = path.join(scratch(), 'svg-cache');
    const first = await build(HOSTILE, { imageCacheDir: cacheDir });
    const second = await build(HOSTILE, { imageCacheDir: cacheDir });
    expect(second.images.stats.encoded).toBe(0);
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings).toEqual(first.warnings);
  });

  it('from public/, is written sanitized over the copy of public/ too', async () => {
    const publicDir = path.join(scratch(), 'public-with-svg');
    await mkdir(path.join(publicDir, 'images'), { recursive: true });
    await cp(EVIL_SVG, path.join(publicDir, 'images/evil.svg'));
    const dir = await mediaCopy('public-svg', (md) =>
      md.replace('./pictures-and-code/diagram.svg', '/images/evil.svg'),
    );
    const site = await build(dir, { publicDir });
    expect(site.images.replaced).toEqual(['images/evil.svg']);
    expect(site.images.sanitizedCopies.map((copy) => copy.fileName)).toEqual(['images/evil.svg']);
    expect(await readFile(site.images.sanitizedCopies[0]!.from, 'utf8')).not.toMatch(RUNNABLE);
  });

  it('fails the build at its line when it is not well-formed', async () => {
    const dir = await mediaCopy('broken-svg', (md) => md);
    await writeFile(
      path.join(dir, 'posts/pictures-and-code/diagram.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
    );
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /pictures-and-code\.md:20: image "\.\/pictures-and-code\/diagram\.svg" could not be processed: it is not well-formed XML \(.+\): open it in an editor and save it again$/,
      ),
    ]);
  });

  it('named as another format is sanitized all the same, and published as SVG', async () => {
    const dir = await mediaCopy('svg-as-png', (md) =>
      md.replace('./pictures-and-code/slide.png', './pictures-and-code/disguised.png'),
    );
    await cp(EVIL_SVG, path.join(dir, 'posts/pictures-and-code/disguised.png'));
    const site = await build(dir);
    const disguised = site.images.files.filter((file) => file.fileName.includes('disguised'));
    expect(disguised.map((file) => path.extname(file.fileName))).toEqual(['.svg']);
    expect(await readFile(disguised[0]!.from, 'utf8')).not.toMatch(RUNNABLE);
  });
});
