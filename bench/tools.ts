// What a benchmark measures with: the browser, found before anything is built, and the versions
// of the tools, which go beside the figures they gave.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, INSTALL_HINT } from '../scripts/find-chromium.ts';
import { ROOT } from './build-site.ts';

/** The browser to measure with, or a clear message from `script` and exit 1. */
export function requireChromium(script: string): string {
  try {
    const found = findChromium();
    if (found) return found;
    console.error(`${script} needs Chromium and found none. ${INSTALL_HINT}`);
  } catch (error) {
    // findChromium throws when CHROME_PATH points at nothing runnable; its message says so.
    console.error(`${script}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}

/** The installed version of a package of node_modules. */
export function packageVersion(name: string): string {
  const file = path.join(ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
