import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/chromium.ts';
import { headersForEveryPath } from './support/headers.ts';
import { BROWSER_LOGS, inlineScriptRuns, openPage, type PageSession } from './support/page-helpers.ts';
import { goOffline } from './support/offline.ts';
import { serveBuild, type StaticServer } from './support/server.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
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

/** Records every Content-Security-Policy violation of the page's documents, as `directive blocked-URL`. */
async function recordViolations(page: PageSession['page']): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

// GitHub Pages and any plain host send no policy: each page must carry its own, and the browser enforce it.
describe('a page from a host that sends no headers at all', () => {
  const headerPolicy = headersForEveryPath(inject('distDir'))['Content-Security-Policy'] ?? '';
  const index = readBuiltIndex(inject('distDir'));
  let server: StaticServer;
  let otherSite: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveBuild(inject('distDir'));
    // Another origin (another port) stands in for a remote site a post might show a tracking pixel from.
    otherSite = await serveBuild(inject('distDir'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await otherSite?.close();
  });

  it('carries the policy in a <meta> before any script, and refuses an inline script and a remote picture', async (test) => {
    const { page } = await openPage(
      browser,
      test,
      {},
      {
        consoleErrors: [
          BROWSER_LOGS.inlineScriptRefused,
          /Loading the image .* violates the following Content Security Policy/,
        ],
      },
    );
    const violations = await recordViolations(page);
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBeUndefined();

    const head = await page.evaluate(() =>
      [...document.head.children].map((element) =>
        element.localName === 'meta' && element.getAttribute('http-equiv')
          ? `policy: ${element.getAttribute('content')}`
          : element.localName,
      ),
    );
    const policyAt = head.findIndex((entry) => entry.startsWith('policy: '));
    expect(policyAt).toBe(1);
    expect(head.indexOf('script')).toBeGreaterThan(policyAt);
    // All of the header's policy but frame-ancestors, which only a header can send.
    expect(head[policyAt]).toBe(`policy: ${headerPolicy.replace(/; frame-ancestors [^;]*/, '')}`);

    // The app itself runs under it with nothing refused.
    await page.getByRole('link', { name: index.posts[0]!.title, exact: true }).first().click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(index.posts[0]!.title);
    expect(await violations()).toEqual([]);

    expect(await inlineScriptRuns(page)).toBe(false);
    const pixel = `${otherSite.url}pwa-192x192.png`;
    const loaded = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const image = new Image();
          image.onload = () => resolve('loaded');
          image.onerror = () => resolve('refused');
          image.src = url;
          document.body.append(image);
        }),
      pixel,
    );
    expect(loaded).toBe('refused');
    await expect.poll(violations).toEqual(expect.arrayContaining(['script-src-elem inline', `img-src ${pixel}`]));
  });
});

// npm start serves dist/ with its _headers, so the preview is what Netlify or Cloudflare Pages would send.
describe('npm start', () => {
  const index = readBuiltIndex(inject('distDir'));
  it('sends the headers of dist/_headers: the policy on every path, and each path its cache rule', async () => {
    const distDir = inject('distDir');
    const server = await startStaticServer({ root: distDir, headersFile: true });
    try {
      const policy = headersForEveryPath(distDir)['Content-Security-Policy'];
      for (const [address, cacheControl] of [
        ['', 'no-cache'],
        ['sw.js', 'no-cache'],
        ['manifest.webmanifest', 'no-cache'],
        [`posts/${index.posts[0]!.slug}`, 'no-cache'],
      ] as const) {
        const response = await fetch(new URL(address, server.url));
        expect(response.status, address).toBe(200);
        expect(response.headers.get('content-security-policy'), address).toBe(policy);
        expect(response.headers.get('cache-control'), address).toBe(cacheControl);
        expect(response.headers.get('referrer-policy'), address).toBe('strict-origin-when-cross-origin');
      }
    } finally {
      await server.close();
    }
  });
});
