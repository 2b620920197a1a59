import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** What is on disk for a request path. */
export type Located =
  /** A file to send; `relative` is its `/`-separated path from the root, for cache rules. */
  | { kind: 'file'; file: string; relative: string }
  /** A folder with an index.html, asked for without the trailing slash its relative links need. */
  | { kind: 'directory-without-slash' }
  | { kind: 'missing' };

/**
 * Finds the file for `relative` under `root`: the file itself, or a folder's index.html.
 * Anything whose real path (after symlinks) lies outside the root counts as missing.
 */
export async function locateFile(root: string, relative: string, trailingSlash: boolean): Promise<Located> {
  const candidate = path.resolve(root, relative);
  if (!isInside(root, candidate)) return { kind: 'missing' };

  const stats = await statOrUndefined(candidate);
  if (stats?.isFile()) return confine(root, candidate, relative);
  if (stats?.isDirectory()) {
    const indexRelative = relative === '' ? 'index.html' : `${relative}/index.html`;
    const index = path.join(candidate, 'index.html');
    if (!(await statOrUndefined(index))?.isFile()) return { kind: 'missing' };
    if (!trailingSlash && relative !== '') return { kind: 'directory-without-slash' };
    return confine(root, index, indexRelative);
  }
  return { kind: 'missing' };
}

async function confine(root: string, file: string, relative: string): Promise<Located> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  return isInside(realRoot, realFile) ? { kind: 'file', file, relative } : { kind: 'missing' };
}

function isInside(root: string, candidate: string): boolean {
  const fromRoot = path.relative(root, candidate);
  const escapes = fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot);
  return !escapes;
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (error) {
    if (isMissingFileError(error)) return undefined;
    throw error;
  }
}

function isMissingFileError(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ENAMETOOLONG';
}
