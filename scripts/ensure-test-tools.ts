/**
 * Makes sure what the browser tests drive exists before they run (`tsx scripts/ensure-test-tools.ts`):
 * a Chromium, and poppler's `pdftotext`, which reads back the PDF the print test makes. Installs
 * what is missing with apt-get when running as root (CI containers); otherwise fails loudly,
 * because skipping the browser tests would report a green run that tested nothing.
 */
import { spawnSync } from 'node:child_process';
import { chromiumVersion, findChromium, INSTALL_HINT, whichSync } from './find-chromium.ts';

interface Tool {
  name: string;
  /** The Debian package that provides it. */
  aptPackage: string;
  find(): string | undefined;
  hint: string;
}

const TOOLS: Tool[] = [
  { name: 'Chromium', aptPackage: 'chromium', find: lookUpChromium, hint: INSTALL_HINT },
  {
    name: 'pdftotext',
    aptPackage: 'poppler-utils',
    find: () => whichSync('pdftotext', process.env.PATH ?? ''),
    hint: 'Install poppler’s pdftotext (Debian/Ubuntu: `sudo apt-get install poppler-utils`).',
  },
];

function main(): number {
  const missing = TOOLS.filter((tool) => tool.find() === undefined);
  if (missing.length > 0) {
    const names = missing.map((tool) => tool.name).join(' and ');
    if (!canInstallWithApt()) {
      for (const tool of missing) console.error(`No ${tool.name} found. ${tool.hint}`);
      return 1;
    }
    console.log(`No ${names} found; installing with apt-get (running as root).`);
    if (!installWithApt(missing.map((tool) => tool.aptPackage))) {
      console.error(`apt-get could not install ${names}. ${missing.map((tool) => tool.hint).join(' ')}`);
      return 1;
    }
    const still = missing.filter((tool) => tool.find() === undefined);
    for (const tool of still) console.error(`apt-get finished but no ${tool.name} was found afterwards. ${tool.hint}`);
    if (still.length > 0) return 1;
  }
  const executable = lookUpChromium()!;
  try {
    console.log(`Chromium: ${executable} (${chromiumVersion(executable)})`);
  } catch (error) {
    console.error(`Found ${executable}, but \`${executable} --version\` failed: ${String(error)}\n${INSTALL_HINT}`);
    return 1;
  }
  return 0;
}

/** findChromium, with a bad CHROME_PATH reported and turned into an exit rather than a stack trace. */
function lookUpChromium(): string | undefined {
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
function installWithApt(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    console.log(`$ apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return true;
}

process.exitCode = main();
