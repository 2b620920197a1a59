import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { serveBuild, type StaticServer } from './server.ts';

/** The browser and the served production build that a spec's tests share. */
export interface ServedSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * Serves the e2e build and launches Chromium once for the calling `describe`, closing both
 * after its last test. Read `browser` and `server` inside tests, once `beforeAll` has run.
 */
export function useServedSite(): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveBuild(inject('distDir'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useServedSite: the browser is not launched yet (use it inside a test)');
      return browser;
    },
    get server() {
      if (!server) throw new Error('useServedSite: the server is not started yet (use it inside a test)');
      return server;
    },
  };
}
