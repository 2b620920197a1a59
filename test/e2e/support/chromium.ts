import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../../scripts/find-chromium.ts';

export { CHROMIUM_ARGS, findChromium };

/** Extra launch options a test may set; the browser, its flags and headless mode are fixed. */
export type ChromiumOptions = Omit<LaunchOptions, 'executablePath' | 'args' | 'headless'>;

/**
 * Launches Chromium for ordinary tests; each `browser.newContext()` is a clean profile.
 * Playwright gives the browser a fresh mkdtemp profile folder and deletes it on `browser.close()`.
 */
export async function launchBrowser(options: ChromiumOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, ...fixedLaunchOptions() });
}

/**
 * Launches Chromium with an on-disk profile, for tests that need one (service worker and
 * IndexedDB surviving a browser restart). Without `userDataDir` a fresh temp profile is made and
 * deleted when the context closes; with one, the caller owns the folder (see `createProfileDir`)
 * and can relaunch on it to simulate a restart.
 */
export async function launchPersistentContext(
  userDataDir?: string,
  options: ChromiumOptions = {},
): Promise<BrowserContext> {
  const profile = userDataDir ?? (await createProfileDir());
  const context = await chromium.launchPersistentContext(profile, { ...options, ...fixedLaunchOptions() });
  if (userDataDir === undefined) deleteProfileOnClose(context, profile);
  return context;
}

/** Makes an empty profile folder in the OS temp dir; delete it with `removeProfileDir`. */
export function createProfileDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'field-notes-profile-'));
}

/** Deletes a profile folder made by `createProfileDir`, once its browser is closed. */
export function removeProfileDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

function fixedLaunchOptions(): LaunchOptions {
  return { executablePath: requireChromium(), headless: false, args: [...CHROMIUM_ARGS] };
}

function requireChromium(): string {
  const executable = findChromium();
  if (executable === undefined) throw new Error(`No Chromium found for the browser tests. ${INSTALL_HINT}`);
  return executable;
}

/** Wraps close() so that awaiting it also waits for the profile folder to be gone. */
function deleteProfileOnClose(context: BrowserContext, profile: string): void {
  const close = context.close.bind(context);
  context.close = async (closeOptions) => {
    await close(closeOptions);
    await removeProfileDir(profile);
  };
}
