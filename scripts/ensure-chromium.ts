/**
 * Makes sure a Chromium exists before the browser tests run (`tsx scripts/ensure-chromium.ts`).
 * Installs it with apt-get when running as root (CI containers); otherwise fails loudly,
 * because skipping the browser tests would report a green run that tested nothing.
 */
import { spawnSync } from 'node:child_process';
import { chromiumVersion, findChromium, INSTALL_HINT, whichSync } from './find-chromium.ts';

function main(): number {
  let executable = lookUp();
  if (executable === undefined) {
    if (!canInstallWithApt()) {
      console.error(`No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium and PATH).\n${INSTALL_HINT}`);
      return 1;
    }
    console.log('No Chromium found; installing it with apt-get (running as root).');
    if (!installWithApt()) {
      console.error(`apt-get could not install Chromium. ${INSTALL_HINT}`);
      return 1;
    }
    executable = lookUp();
    if (executable === undefined) {
      console.error(`apt-get finished but no Chromium was found afterwards. ${INSTALL_HINT}`);
      return 1;
    }
  }
  try {
    console.log(`Chromium: ${executable} (${chromiumVersion(executable)})`);
  } catch (error) {
    console.error(`Found ${executable}, but \`${executable} --version\` failed: ${String(error)}\n${INSTALL_HINT}`);
    return 1;
  }
  return 0;
}

/** findChromium, with a bad CHROME_PATH reported and turned into an exit rather than a stack trace. */
function lookUp(): string | undefined {
  try {
    return findChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && whichSync('apt-get', process.env.PATH ?? '') !== undefined;
}

/** Runs apt-get with its output streamed, so a slow or failing install is visible in CI logs. */
function installWithApt(): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    console.log(`$ apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return true;
}

process.exitCode = main();
