import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutShiftsOf, watchLayoutShifts } from './support/layout-shifts.ts';
import { openPage } from './support/page-helpers.ts';
import { useServedSite } from './support/served-site.ts';
import { readStore, waitForMilestone, waitUntilReadyOffline } from './support/site-data.ts';

const POST_SLUG = 'kubernetes-trends-at-kubecon-2017';
const POST_PATH = `posts/${POST_SLUG}`;

// Posts arrive from IndexedDB after the first paint; nothing already on screen may move when
// they do (cumulative layout shift 0), on a first visit and on a return visit.
describe('layout stability while data arrives', () => {
  const site = useServedSite();

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    it(`shifts nothing on the home page and a post, first and second visit, ${viewport.width} px`, async (test) => {
      const { page, errors } = await openPage(site.browser, test, { viewport });
      const shifts: Record<string, number> = {};
      const sources: string[] = [];
      for (const visit of ['first', 'second']) {
        shifts[`home, ${visit} visit`] = await layoutShiftOf(page, site.server.url, '.post-card', sources);
        shifts[`post, ${visit} visit`] = await layoutShiftOf(
          page,
          `${site.server.url}${POST_PATH}`,
          '.post-body',
          sources,
        );
        // Read halfway, so the second visit offers to continue, once the position is saved.
        await page.mouse.wheel(0, 2500);
        await expect
          .poll(async () => (await readStore<{ slug: string }>(page, 'readingState')).map((row) => row.slug))
          .toContain(POST_SLUG);
      }
      await page.getByRole('button', { name: /^Continue/ }).waitFor();
      // What moved, if anything did: the failure message then says where to look.
      expect(shifts, sources.join('\n')).toEqual({
        'home, first visit': 0,
        'post, first visit': 0,
        'home, second visit': 0,
        'post, second visit': 0,
      });
      expect(errors).toEqual([]);
    });
  }

  // On a first visit the sync's progress toast gives way to "Ready to read offline", which is
  // taller; on a busy machine the two came in consecutive frames, and the toasts' box, anchored
  // at the bottom, grew upward: a layout shift of 0.003 at 360 px. The box has no height now.
  it('moves nothing when a toast gives way to a taller one in the next frame', async (test) => {
    const { page, errors } = await openPage(site.browser, test, { viewport: { width: 360, height: 740 } });
    await page.goto(site.server.url);
    await waitUntilReadyOffline(page);
    // A return visit: no toast of the app's own comes and goes meanwhile.
    await page.reload();
    await page.locator('#app[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
    const shift = await page.evaluate(async () => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
      }).observe({ type: 'layout-shift' });
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const toastOf = (text: string) => {
        const toast = document.createElement('div');
        toast.className = 'toast';
        toast.append(Object.assign(document.createElement('p'), { textContent: text }));
        return toast;
      };
      const first = toastOf('Saving posts for offline: 1 of 4');
      document.querySelector('.toasts')!.prepend(first);
      await nextFrame();
      await nextFrame();
      first.replaceWith(toastOf('Ready to read offline: '.repeat(4)));
      await nextFrame();
      await nextFrame();
      return total;
    });
    expect(shift).toBe(0);
    expect(errors).toEqual([]);
  });

  // A page's HTML can arrive in pieces (a slow network, a busy machine), and the browser paints
  // what it has parsed. The first paint waits for the footer, after the whole <main>
  // (index.html's <link rel="expect" blocking="render">). Seen under load at 360 px: a header
  // painted with one of its three buttons widened and shifted the title; a tag link painted with
  // only its "#" wrapped to the next line when whole (the post's third tag does).
  const cases: SplitCase[] = [
    ["the home page, cut after the header's first button", '/', '.post-card', afterFirstHeaderButton],
    ...[1, 2, 3, 4].map((n): SplitCase => [
      `a post, cut inside tag link ${n}`,
      `/${POST_PATH}`,
      '.post-body',
      insideTagLink(n),
    ]),
  ];
  for (const [what, path, ready, cutAfter] of cases) {
    it(`paints nothing half-parsed when ${what}, 360 px`, async (test) => {
      const split = await serveSplit(site.server.url, path, cutAfter);
      try {
        const { page } = await openPage(site.browser, test, { viewport: { width: 360, height: 740 } });
        const sources: string[] = [];
        expect(await layoutShiftOf(page, split.url + path.slice(1), ready, sources), sources.join('\n')).toBe(0);
      } finally {
        await new Promise((resolve) => split.server.close(resolve));
      }
    });
  }
});

/** What a split test names, the page it loads, what it waits for, and where its HTML is cut. */
type SplitCase = [what: string, path: string, ready: string, cut: (body: Buffer) => number];

/** Where the home page's HTML is cut: after the header's first button. */
function afterFirstHeaderButton(body: Buffer): number {
  const tools = body.indexOf('class="header-tools"');
  const cut = body.indexOf('</button>', tools) + '</button>'.length;
  if (tools < 0 || cut < tools) throw new Error('the home page has no header buttons to split after');
  return cut;
}

/** Where a post's HTML is cut: inside its `n`th tag link, after the "#". */
function insideTagLink(n: number): (body: Buffer) => number {
  return (body) => {
    let at = body.indexOf('class="tag-links"');
    for (let seen = 0; at >= 0 && seen < n; seen++) at = body.indexOf('>#', at + 1);
    if (at < 0) throw new Error(`the post has no tag link ${n} to split inside`);
    return at + '>#'.length;
  };
}

/**
 * Serves the site from `origin`, except that the HTML of the page at `path` stops where `cut`
 * says for 600 ms before the rest follows.
 */
async function serveSplit(
  origin: string,
  path: string,
  cut: (body: Buffer) => number,
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', origin));
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, { 'content-type': type });
      if (request.url !== path) return response.end(body);
      const at = cut(body);
      response.write(body.subarray(0, at));
      setTimeout(() => response.end(body.subarray(at)), 600);
    })().catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/**
 * Loads `url`, waits for `ready` and a quiet moment, and returns the layout shift in between;
 * what moved is added to `sources`.
 */
async function layoutShiftOf(page: Page, url: string, ready: string, sources: string[]): Promise<number> {
  await watchLayoutShifts(page);
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
  // What moves a page comes from the database: watch a second from its opening for the rest
  // (bookmark states, related posts, the resume offer) to arrive.
  await waitForMilestone(page, 'page-database-open');
  await page.waitForTimeout(1_000);
  const { shift, moved } = await layoutShiftsOf(page);
  sources.push(...moved);
  return shift;
}
