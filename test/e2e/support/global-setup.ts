import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { findChromium, INSTALL_HINT } from '../../../scripts/find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the production build every spec serves (`.e2e/dist`). */
    distDir: string;
  }
}

/** Builds the site once for all browser specs and hands its folder to them via `inject('distDir')`. */
export default async function setup(project: TestProject): Promise<void> {
  // Checked first so a missing browser fails in a second, not after a full build.
  if (findChromium() === undefined) throw new Error(`No Chromium found for the browser tests. ${INSTALL_HINT}`);
  const distDir = await buildSite({ outDir: 'dist' });
  project.provide('distDir', distDir);
}
