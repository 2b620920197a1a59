// Builds the production site for the benchmark into its own git-ignored folder, so a bench run
// never clobbers a developer's dist/ or the browser tests' .e2e/dist.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's location rather than the current directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the benchmark's build goes. */
export const BENCH_DIST = path.join(ROOT, '.e2e', 'bench-site');

/**
 * Runs `vite build` in production mode into `outDir` (BENCH_DIST), of `content/` or of the
 * `contentDir` given; rejects with the build's output on failure.
 */
export function buildSite(outDir: string = BENCH_DIST, contentDir?: string): Promise<string> {
  // A developer's BASE_PATH or CONTENT_DIR would measure another site; NODE_ENV must be production.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of ['BASE_PATH', 'CONTENT_DIR', 'SITE_URL', 'DRAFTS']) delete env[key];
  if (contentDir !== undefined) env.CONTENT_DIR = contentDir;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`vite build failed (exit code ${code}):\n${output}`));
      else if (!existsSync(path.join(outDir, 'index.html')))
        reject(new Error(`The build wrote no index.html.\n${output}`));
      else resolve(outDir);
    });
  });
}
