import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/build/content/errors.ts';
import { imagesOf, MEDIA, ROOT, useMediaBuilds } from './media-fixture.ts';

const { build, mediaCopy, failure, scratch } = useMediaBuilds();

const STAGE = './pictures-and-code/stage.jpg';

/** A copy of the media fixture whose stage photo is written `address` instead. */
function withStageAt(name: string, address: string): Promise<string> {
  return mediaCopy(name, (md) => md.replace(STAGE, address));
}

describe('the build reads pictures only inside content/ and public/', () => {
  it('refuses a relative image that climbs out of the project, at its line, before opening it', async () => {
    const dir = await withStageAt('etc-passwd', '../../../../../../../../etc/passwd');
    const shown = path.relative(ROOT, dir);
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      `${shown}/posts/pictures-and-code.md:12: image "../../../../../../../../etc/passwd" leads outside ${shown}/: the build reads pictures only from ${shown}/ and public/`,
    ]);
  });

  it('refuses a picture that exists beside the content folder, and publishes nothing of it', async () => {
    const dir = await withStageAt('beside-elsewhere', '../../elsewhere/stage.jpg');
    await mkdir(path.join(scratch(), 'elsewhere'), { recursive: true });
    await writeFile(path.join(scratch(), 'elsewhere/stage.jpg'), await readStage());
    const error = await failure(dir);
    expect(error.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/pictures-and-code\.md:12: image "\.\.\/\.\.\/elsewhere\/stage\.jpg" leads outside /),
    ]);
  });

  it('refuses a site-absolute image that climbs out of public/', async () => {
    const dir = await withStageAt('out-of-public', '/../../test/fixtures/media/posts/pictures-and-code/stage.jpg');
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /pictures-and-code\.md:12: image "\/\.\.\/\.\.\/test\/[^"]+" leads outside public\/: the build reads pictures only from /,
      ),
    ]);
  });

  it('refuses a picture beside the post that is a symbolic link to a file outside the content folder', async () => {
    const dir = await withStageAt('linked', './pictures-and-code/linked.jpg');
    await symlink(
      path.join(MEDIA, 'posts/pictures-and-code/stage.jpg'),
      path.join(dir, 'posts/pictures-and-code/linked.jpg'),
    );
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /pictures-and-code\.md:12: image "\.\/pictures-and-code\/linked\.jpg" is a link to a file outside .*; copy the picture itself there$/,
      ),
    ]);
  });

  it('refuses a link that climbs above the site root', async () => {
    const dir = await mediaCopy('link-up', (md) => `${md}\nSee [the password file](../../../../etc/passwd).\n`);
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /pictures-and-code\.md:\d+: link "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" climbs above the site's root: fix the path$/,
      ),
    ]);
  });

  it('still builds a picture kept elsewhere inside the content folder', async () => {
    const dir = await withStageAt('shared-folder', '../shared/stage.jpg');
    await mkdir(path.join(dir, 'shared'));
    await writeFile(path.join(dir, 'shared/stage.jpg'), await readStage());
    const site = await build(dir);
    expect(imagesOf(site)[0]!.getAttribute('src')).toMatch(/^\/assets\/images\/stage-960w-[0-9a-f]{10}\.jpg$/);
  });
});

function readStage(): Promise<Buffer> {
  return readFile(path.join(MEDIA, 'posts/pictures-and-code/stage.jpg'));
}
