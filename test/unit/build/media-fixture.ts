import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { buildSite, type BuiltSite, type SiteBuildOptions } from '../../../src/build/content/build-site.ts';
import { ContentError } from '../../../src/build/content/errors.ts';
import { htmlFragment } from './dom.ts';

/** The repository root: paths in build messages are shown relative to it. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The content folder with a post of pictures beside it. */
export const MEDIA = path.join(ROOT, 'test/fixtures/media');

/**
 * Builds of the media fixture (and of copies of it) for the calling file, each with an image
 * cache in a scratch folder of its own, removed after the file's last test.
 */
export function useMediaBuilds() {
  let scratch = '';
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'field-notes-images-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  const build = (contentDir: string, options: Partial<SiteBuildOptions> = {}): Promise<BuiltSite> =>
    buildSite({
      contentDir,
      publicDir: path.join(ROOT, 'test/fixtures/valid/public'),
      includeDrafts: false,
      displayRoot: ROOT,
      imageCacheDir: path.join(scratch, 'cache'),
      ...options,
    });

  return {
    build,
    /** Where the scratch folder is, once the file's tests run. */
    scratch: () => scratch,
    /** A copy of the fixture whose post's markdown `edit` changes, and whose budget line reads `budget`. */
    async mediaCopy(name: string, edit: (markdown: string) => string, budget?: string): Promise<string> {
      const dir = path.join(scratch, name);
      await cp(MEDIA, dir, { recursive: true });
      const post = path.join(dir, 'posts/pictures-and-code.md');
      await writeFile(post, edit(await readFile(post, 'utf8')));
      if (budget !== undefined) {
        const siteYaml = path.join(dir, 'site.yaml');
        await writeFile(siteYaml, (await readFile(siteYaml, 'utf8')).replace(/^imagePrecacheBudget: .*$/m, budget));
      }
      return dir;
    },
    /** The problems of a build that must fail. */
    async failure(contentDir: string): Promise<ContentError> {
      const error: unknown = await build(contentDir).then(
        () => new Error('expected the build to fail'),
        (thrown: unknown) => thrown,
      );
      if (!(error instanceof ContentError)) throw error;
      return error;
    },
  };
}

/** The `<img>` elements of the site's only post, in order. */
export function imagesOf(site: BuiltSite): HTMLImageElement[] {
  return [...htmlFragment(site.posts[0]!.html).querySelectorAll('img')];
}

/** `[file, width]` for each candidate of a srcset. */
export function candidates(srcset: string | null): [string, number][] {
  return (srcset ?? '').split(', ').map((part) => {
    const [url = '', width = ''] = part.split(' ');
    return [url, Number(width.replace(/w$/, ''))];
  });
}
