import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/chromium.ts';
import { headersForEveryPath } from './support/headers.ts';
import { BROWSER_LOGS, inlineScriptRuns, openPage } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { readBuiltIndex, waitUntilReadyOffline } from './support/site-data.ts';

// The documented Content-Security-Policy on every response, the service worker's included: a
// first visit, offline reading and the reading settings must all work with nothing refused.
describe('the app under the Content-Security-Policy from _headers', () => {
  const headers = headersForEveryPath(inject('distDir'));
  const index = readBuiltIndex(inject('distDir'));
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveBuild(inject('distDir'), { headers });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('declares a policy with no unsafe-inline or unsafe-eval, allowing the inline script and styles by hash', () => {
    const policy = headers['Content-Security-Policy'] ?? '';
    // WebAssembly (search) may compile; no script may be evaluated from a string.
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    // One stylesheet for the pages with no styles of their own, one each for a post, the bookmarks,
    // search and Offline & storage (its reading file tools).
    expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){5}(;|$)/);
    expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
  });

  it('reads online and offline with nothing refused', async (test) => {
    // The last step runs an inline script on purpose, to see the policy refuse it.
    const { page, context } = await openPage(
      browser,
      test,
      {},
      {
        consoleErrors: [BROWSER_LOGS.offline, BROWSER_LOGS.inlineScriptRefused],
      },
    );
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
    await waitUntilReadyOffline(page);
    const post = index.posts[0]!;
    await page.getByRole('link', { name: post.title, exact: true }).first().click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await violations()).toEqual([]);

    await goOffline(context, page);
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe(post.title);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(await violations()).toEqual([]);
    // The bookmarks page inlines styles of its own, allowed by a hash of their own.
    await page.goto(`${server.url}bookmarks`);
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor();
    expect(await violations()).toEqual([]);

    // The policy is in force: an inline script is refused (and reported).
    expect(await inlineScriptRuns(page)).toBe(false);
  });
});
