// Builds a corpus with this project's production build (vite build with CONTENT_DIR), timed.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { folderSize, timedRun, type TimedRun } from './timed-run.ts';

/** Our build of one corpus: its cost and its output's size. */
export interface OurBuild extends TimedRun {
  dist: string;
  distBytes: number;
  distFiles: number;
  /** The search index's part of the wall time, as the build's summary line says; null when it says nothing. */
  searchIndexMs: number | null;
}

/**
 * `CONTENT_DIR=<corpus> vite build --outDir <dist>`, as a child process so its memory is its own;
 * `extraEnv` adds settings such as IMAGE_CACHE_DIR.
 */
export async function buildOurs(
  root: string,
  corpus: string,
  dist: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<OurBuild> {
  await rm(dist, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, NODE_ENV: 'production', CONTENT_DIR: corpus };
  // A developer's settings would build another site than the one measured.
  for (const key of ['BASE_PATH', 'SITE_URL', 'DRAFTS']) delete env[key];
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = await timedRun(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    env,
    summaryLines: /^Field Notes: /,
  });
  const size = run.ok ? await folderSize(dist) : { bytes: 0, files: 0 };
  const indexSeconds = run.summary
    .map((line) => /search index of .*, built in ([\d.]+) s/.exec(line)?.[1])
    .find(Boolean);
  return {
    ...run,
    dist,
    distBytes: size.bytes,
    distFiles: size.files,
    searchIndexMs: indexSeconds === undefined ? null : Number(indexSeconds) * 1000,
  };
}
