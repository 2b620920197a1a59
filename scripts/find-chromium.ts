import { accessSync, constants, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Names tried on PATH, in order, when neither CHROME_PATH nor Debian's path has a browser. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** How to get a browser, for every message that has to say there is none. */
export const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or point CHROME_PATH at a Chrome or Chromium executable.';

/**
 * Finds the Chromium to drive: `$CHROME_PATH`, then /usr/bin/chromium, then chromium,
 * chromium-browser or google-chrome on PATH. Returns undefined when there is none.
 * Throws when CHROME_PATH is set but unusable: falling back would quietly test another browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROME_PATH?.trim();
  if (configured) {
    if (isExecutableFile(configured)) return path.resolve(configured);
    throw new Error(`CHROME_PATH is set to "${configured}", which is not an executable file. ${INSTALL_HINT}`);
  }
  if (isExecutableFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  for (const name of PATH_NAMES) {
    const found = whichSync(name, env.PATH ?? '');
    if (found) return found;
  }
  return undefined;
}

/** Finds an executable by name on a PATH-style list of folders, like `which`. */
export function whichSync(name: string, searchPath: string): string | undefined {
  for (const folder of searchPath.split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/** Runs `<browser> --version` and returns its one line of output, e.g. "Chromium 156.0.8078.79 ...". */
export function chromiumVersion(executable: string): string {
  // Only stdout: Debian's launcher script prints unrelated shell warnings on stderr.
  const output = execFileSync(executable, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  return output.trim();
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every launch uses exactly these switches. `--headless=new` is passed here with playwright's
 * `headless: false`: `headless: true` would add a plain `--headless` in front of it. Since
 * Chromium 132 both mean the new headless mode, but one explicit flag is easier to reason about,
 * and playwright still detects headless from the user agent. No X display is needed either way.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
