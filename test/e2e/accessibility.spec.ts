import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations, type Violation } from './support/axe.ts';
import { BROWSER_LOGS, openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { putRow, readBuiltIndex } from './support/site-data.ts';

const VIEWPORTS = {
  narrow: { width: 320, height: 720 },
  wide: { width: 1440, height: 900 },
} as const;

/** Every kind of page, each with what shows that its data has arrived. */
function routes(): { path: string; ready: string }[] {
  const [post] = readBuiltIndex(inject('distDir')).posts;
  if (!post) throw new Error('The build has no posts');
  const tag = post.tags[0] ?? '';
  return [
    { path: '', ready: '.post-card' },
    { path: `posts/${post.slug}`, ready: '.post-body' },
    { path: 'tags', ready: 'main h1' },
    { path: `tags/${encodeURIComponent(tag)}`, ready: '.post-card' },
    { path: 'bookmarks', ready: 'main h1' },
    { path: 'offline', ready: '.offline-panel dl' },
    { path: 'search?q=kubernetes', ready: '.search-result' },
    { path: 'no-such-page', ready: 'main h1' },
  ];
}

// axe-core on every route, in both themes, on a 320 px phone and a wide screen: no serious or
// critical violation anywhere. A bookmark makes the bookmarks page show a real list.
describe('accessibility (axe-core)', () => {
  const site = useServedSite();

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`has no serious or critical violations on any page, ${colorScheme}, ${name}`, async (test) => {
        // The Not found page comes with a real 404 status, which Chromium logs as a failed load.
        const { page } = await openPage(
          site.browser,
          test,
          { viewport, colorScheme, reducedMotion: 'reduce' },
          { consoleErrors: [BROWSER_LOGS.notFound] },
        );
        await page.goto(site.server.url);
        await page.locator('.post-card').first().waitFor({ timeout: 15_000 });
        const [post] = readBuiltIndex(inject('distDir')).posts;
        await putRow(page, 'bookmarks', { slug: post?.slug, title: post?.title, bookmarkedAt: 1_700_000_000_000 });

        const found: Record<string, Violation[]> = {};
        for (const route of routes()) {
          await page.goto(`${site.server.url}${route.path}`);
          await settle(page, route.ready);
          const violations = await seriousViolations(page);
          if (violations.length > 0) found[`/${route.path}`] = violations;
        }

        expect(found).toEqual({});
      });
    }
  }
});

/** Waits for the page's content and for any loading message to go. */
async function settle(page: Page, ready: string): Promise<void> {
  await page
    .locator(ready)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch((error: unknown) => {
      throw new Error(`${page.url()} never showed ${ready}: ${String(error)}`);
    });
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 15_000 });
}
