import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/build/content/errors.ts';
import { imagesOf, ROOT, useMediaBuilds } from './media-fixture.ts';

const { build, mediaCopy, failure } = useMediaBuilds();

const BUDGET = 'imagePrecacheBudget: 20 kB';
const STAGE = './pictures-and-code/stage.jpg';

/** A copy of the media fixture whose stage photo is `address`, with `siteYaml` added to its site.yaml. */
function withStageAt(name: string, address: string, siteYaml = ''): Promise<string> {
  return mediaCopy(name, (md) => md.replace(STAGE, address), `${BUDGET}\n${siteYaml}`);
}

describe('a picture from another site', () => {
  it('is refused by default, at its line, saying how to allow it or keep it', async () => {
    const dir = await withStageAt('remote-refused', 'https://images.example.org/stage.jpg');
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      `${path.relative(ROOT, dir)}/posts/pictures-and-code.md:12: image "https://images.example.org/stage.jpg" is on another site: add its host (images.example.org) to remoteImageHosts in site.yaml, or save it beside the post`,
    ]);
  });

  it('shows once site.yaml names its host, which the policy then allows', async () => {
    const dir = await withStageAt(
      'remote-allowed',
      'https://images.example.org/stage.jpg',
      'remoteImageHosts: [images.example.org, "*.cdn.example.net"]',
    );
    const site = await build(dir);
    expect(imagesOf(site)[0]!.getAttribute('src')).toBe('https://images.example.org/stage.jpg');
    expect(site.remoteImageHosts).toEqual(['images.example.org', '*.cdn.example.net']);
  });

  it('from a subdomain is allowed by *.host, and the bare host is not', async () => {
    const hosts = 'remoteImageHosts: ["*.example.org"]';
    await expect(build(await withStageAt('wildcard', 'https://a.example.org/s.jpg', hosts))).resolves.toBeDefined();
    const bare = await failure(await withStageAt('wildcard-bare', 'https://example.org/s.jpg', hosts));
    expect(bare.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('is on another site')]);
  });

  it('over plain http is refused even from an allowed host', async () => {
    const dir = await withStageAt(
      'remote-http',
      'http://images.example.org/s.jpg',
      'remoteImageHosts: [images.example.org]',
    );
    expect((await failure(dir)).problems.map((problem) => problem.message)).toEqual([
      'image "http://images.example.org/s.jpg" is not https: browsers block plain http pictures on an https site; write https:// or save it beside the post',
    ]);
  });

  it('written as an <img> in HTML is refused too, at its own line', async () => {
    const dir = await mediaCopy(
      'remote-html',
      (md) => `${md}\nA pixel:\n\n<p>\n  <img src="https://tracker.example/p.gif?id=1&amp;u=2" alt="">\n</p>\n`,
    );
    const lines = (await failure(dir)).problems.map((problem) => [problem.line, problem.message]);
    expect(lines).toEqual([
      [
        expect.any(Number),
        'image "https://tracker.example/p.gif?id=1&u=2" is on another site: add its host (tracker.example) to remoteImageHosts in site.yaml, or save it beside the post',
      ],
    ]);
    const markdown = await readFile(path.join(dir, 'posts/pictures-and-code.md'), 'utf8');
    expect(markdown.split('\n')[(lines[0]![0] as number) - 1]).toContain('<img src="https://tracker.example/');
  });

  it('fails the build on a site.yaml entry that is not a host name, at its line', async () => {
    const dir = await withStageAt('bad-hosts', STAGE, 'remoteImageHosts: [https://images.example.org/]');
    expect((await failure(dir)).problems.map(formatProblem)).toEqual([
      `${path.relative(ROOT, dir)}/site.yaml:8: \`remoteImageHosts\` entry "https://images.example.org/" is not a host name: write the host alone, as images.example.org or *.example.org`,
    ]);
  });
});
