import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import { REPO_ROOT } from './build.ts';

/** Where failure screenshots go. */
export const TEST_RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

/** A page opened for one test, plus everything it complained about. */
export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors of every page in the context, in order. */
  errors: string[];
}

/** What a test expects its pages to complain about; anything else fails it. */
export interface ErrorExpectations {
  /** Console errors the test provokes on purpose (a refused request, say), matched by text. */
  consoleErrors?: RegExp[];
}

/**
 * Opens a page for the current test: in a new context when given a Browser, or in the given
 * context (a persistent profile). When the test ends the page (and a context made here) is closed;
 * if the test failed, a full-page screenshot is saved first as `test-results/<test name>.png`.
 *
 * Every page of the context is guarded: an uncaught error or unhandled rejection fails the test,
 * and so does a console error the test did not declare in `expected`.
 */
export async function openPage(
  target: Browser | BrowserContext,
  test: TestContext,
  contextOptions: BrowserContextOptions = {},
  expected: ErrorExpectations = {},
): Promise<PageSession> {
  const ownsContext = isBrowser(target);
  const context = isBrowser(target) ? await target.newContext(contextOptions) : target;
  const errors: string[] = [];
  const guard = (opened: Page) => collectErrors(opened, errors);
  context.on('page', guard);
  const page = await context.newPage();
  if (contextOptions.javaScriptEnabled !== false) waitForAppOnNavigation(page);

  // onTestFinished runs after afterEach and sees the final state, including expect.soft failures;
  // onTestFailed would run too late, after the page is closed.
  test.onTestFinished(async () => {
    context.off('page', guard);
    if (test.task.result?.state === 'fail') await saveScreenshot(page, test.task.fullTestName ?? test.task.name);
    if (ownsContext) await context.close();
    else await page.close();
    const unexpected = errors.filter((error) => !isExpected(error, expected));
    if (unexpected.length > 0) throw new Error(`The page reported errors:\n${unexpected.join('\n')}`);
  });
  return { page, context, errors };
}

/** What Chromium itself logs as console errors for loads a test makes fail on purpose. */
export const BROWSER_LOGS = {
  /** A request made while the browser is offline. */
  offline: /net::ERR_INTERNET_DISCONNECTED/,
  /** A response with status 404, such as the Not found page's own. */
  notFound: /status of 404 \(Not Found\)/,
  /** An inline script refused by the Content-Security-Policy (see inlineScriptRuns). */
  inlineScriptRefused: /Executing inline script violates the following Content Security Policy/,
} as const;

function isExpected(error: string, { consoleErrors = [] }: ErrorExpectations): boolean {
  return error.startsWith('console.error: ') && consoleErrors.some((pattern) => pattern.test(error));
}

/**
 * Makes goto, reload, goBack and goForward also wait until the app is live. Pages arrive
 * prerendered, so their text is on screen before the app has hydrated them (it loads after
 * the page's load event): a test that reads and then presses keys or buttons must wait for it,
 * as a reader's first presses are replayed only for clicks. Not for pages without `#app`.
 */
function waitForAppOnNavigation(page: Page): void {
  for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const navigate = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
    (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const response = await navigate(...args);
      await waitForApp(page);
      return response;
    };
  }
}

/** Waits until the app has hydrated (or rendered) the page, if the page is one of the app's. */
export async function waitForApp(page: Page): Promise<void> {
  if ((await page.locator('#app').count()) === 0) return;
  await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Records console errors and uncaught exceptions (unhandled rejections too) of a page into `errors`. */
export function collectErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  return errors;
}

/** Saves a full-page screenshot for a failed test; never throws, so the real failure stays visible. */
export async function saveScreenshot(page: Page, testName: string): Promise<string | undefined> {
  const file = path.join(TEST_RESULTS_DIR, `${fileNameFor(testName)}.png`);
  try {
    await mkdir(TEST_RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    console.error(`Screenshot of the failed test: ${path.relative(REPO_ROOT, file)}`);
    return file;
  } catch (error) {
    console.error(`Could not take a failure screenshot for "${testName}": ${String(error)}`);
    return undefined;
  }
}

function fileNameFor(testName: string): string {
  return (
    testName
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 150) || 'unnamed-test'
  );
}

function isBrowser(target: Browser | BrowserContext): target is Browser {
  return 'newContext' in target;
}

/** Adds an inline script to the page and says whether it ran: a CSP without 'unsafe-inline' refuses it. */
export async function inlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
}
