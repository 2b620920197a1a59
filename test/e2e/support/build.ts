import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's location rather than the current directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where test builds go (git-ignored), so they never clobber a developer's `dist/`. */
export const E2E_DIR = path.join(REPO_ROOT, '.e2e');

/** The environment the build reads; anything not given is left unset rather than inherited. */
export interface BuildEnv {
  CONTENT_DIR?: string;
  BASE_PATH?: string;
  SITE_URL?: string;
  DRAFTS?: string;
}

/** Variables that change what the build emits, or that vitest sets and Vite would obey. */
const SCRUBBED = ['CONTENT_DIR', 'BASE_PATH', 'SITE_URL', 'DRAFTS', 'NODE_ENV'];

/**
 * Runs a production build into `outDir` (relative paths are under `.e2e/`) in a child process,
 * and resolves with the absolute output folder. Rejects with the build's whole output on failure.
 */
export async function buildSite({ outDir, env = {} }: { outDir: string; env?: BuildEnv }): Promise<string> {
  const out = path.resolve(E2E_DIR, outDir);
  const output = await run(process.execPath, [viteBin(), 'build', '--outDir', out, '--emptyOutDir'], buildEnv(env));
  if (!existsSync(path.join(out, 'index.html'))) {
    throw new Error(`The build succeeded but wrote no ${path.join(out, 'index.html')}.\n${output}`);
  }
  return out;
}

function viteBin(): string {
  return path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
}

/**
 * The test runner's own environment leaks into a child build: vitest sets NODE_ENV=test, which
 * makes Vite produce a development bundle, and a developer's BASE_PATH would move every URL.
 */
function buildEnv(env: BuildEnv): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!SCRUBBED.includes(key) && !key.startsWith('VITEST')) base[key] = value;
  }
  return { ...base, ...definedOnly(env), NODE_ENV: 'production' };
}

function definedOnly(env: BuildEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // One interleaved log, so an error appears next to the step that produced it.
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`}):\n${output}`));
    });
  });
}
