import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs `vite build` the way `npm run build` does, in a child process, with stdout and stderr combined. */
function viteBuild(outDir: string, env: Record<string, string>): Promise<RunResult> {
  // The test runner's own variables (VITEST, NODE_ENV=test, …) must not leak into the build.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith('VITEST') && !['NODE_ENV', 'DRAFTS', 'SITE_URL', 'BASE_PATH', 'CONTENT_DIR'].includes(key),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('vite build with a broken post', () => {
  let outDir: string;
  let result: RunResult;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'field-notes-broken-build-'));
    result = await viteBuild(outDir, { CONTENT_DIR: 'test/fixtures/broken' });
  }, 60_000);

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('exits with a non-zero code', () => {
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
  });

  it.each([
    'bad-tag.md:4: tag "Service Mesh" is not lowercase kebab-case: write "service-mesh"',
    'bad-yaml.md:3: front matter is not valid YAML: Missing closing "quote',
    'broken-links.md:7: link "/files/missing.pdf" does not exist: put the file in public/files/missing.pdf or fix the path',
    'broken-links.md:9: image "/images/nope.png" does not exist: put the file in public/images/nope.png or fix the path',
    'broken-links.md:11: link to "/posts/no-such-post" points at no post: check the slug (post slugs are file names in content/posts/)',
    'broken-links.md:13: link "/files/100%.pdf" has a % that starts no escape: write a literal % as %25',
    'dup.md:1: duplicate slug "dup": test/fixtures/broken/posts/dup.markdown has the same name; rename one of them',
    'invalid-date.md:3: `date` "2018-02-31" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00',
    'missing-title.md:1: missing `title`: add `title: "Your title"` to the front matter',
  ])('prints test/fixtures/broken/posts/%s', (problem) => {
    expect(result.output.split('\n').map((line) => line.trim())).toContain(`test/fixtures/broken/posts/${problem}`);
  });

  it('writes no data/ folder', async () => {
    expect(await readdir(outDir)).not.toContain('data');
  });

  it('writes nothing at all', async () => {
    expect(await readdir(outDir, { recursive: true })).toEqual([]);
  });
});
