// Functions that run inside the measured page (passed to page.evaluate). bench/ is Node code with
// no DOM types, so they reach the page's globals through a loosely typed handle.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** Before any page script: tsx wraps named inner functions in `__name`, which the page lacks. */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Before any page script: keeps the latest largest-contentful-paint time in `__lcp`. */
export const LCP_OBSERVER = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) globalThis.__lcp = entry.startTime;
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/**
 * Polls the app's database (never creating it: it is opened only once the app has made it) until
 * its posts store holds `total` posts. Resolves with the time on the page's clock (ms from
 * navigation start) or null at the timeout, and the last count seen.
 */
export function waitForStoredPosts(args: {
  database: string;
  total: number;
  timeoutMs: number;
}): Promise<{ at: number | null; count: number }> {
  const { indexedDB, performance, setTimeout } = globalThis as Loose;
  const count = (): Promise<number> =>
    indexedDB.databases().then((all: { name: string }[]) =>
      !all.some((db) => db.name === args.database)
        ? 0
        : new Promise<number>((resolve) => {
            const request = indexedDB.open(args.database);
            request.onerror = () => resolve(0);
            request.onsuccess = () => {
              const db = request.result;
              // Never hold up the app's own upgrade.
              db.onversionchange = () => db.close();
              if (!db.objectStoreNames.contains('posts')) {
                db.close();
                return resolve(0);
              }
              const counting = db.transaction('posts').objectStore('posts').count();
              counting.onsuccess = () => {
                db.close();
                resolve(counting.result as number);
              };
              counting.onerror = () => {
                db.close();
                resolve(0);
              };
            };
          }),
    );
  return new Promise((resolve) => {
    let last = 0;
    const poll = async () => {
      last = await count();
      if (last >= args.total) return resolve({ at: performance.now(), count: last });
      if (performance.now() > args.timeoutMs) return resolve({ at: null, count: last });
      setTimeout(poll, 100);
    };
    void poll();
  });
}

/** The page's storage use, split by kind where Chromium says (`usageDetails`). */
export async function storageEstimate(): Promise<{ usage: number; indexedDB: number | null; caches: number | null }> {
  const estimate = await (globalThis as Loose).navigator.storage.estimate();
  return {
    usage: estimate.usage ?? 0,
    indexedDB: estimate.usageDetails?.indexedDB ?? null,
    caches: estimate.usageDetails?.caches ?? null,
  };
}

/** The names on the home page's tag chips, in order. */
export function chipNames(): string[] {
  const { document } = globalThis as Loose;
  return [...document.querySelectorAll('button.tag-chip .tag-chip-name')].map((el: Loose) => el.textContent);
}

/**
 * Presses the chip of `tag` and measures until the list reflects it: `dom` when a mutation shows
 * the new filter summary, `frame` at the next animation frame after that (when it can be painted).
 */
export function timeChip(tag: string): Promise<{ dom: number; frame: number }> {
  const { document, MutationObserver, performance, requestAnimationFrame } = globalThis as Loose;
  const chip = [...document.querySelectorAll('button.tag-chip')].find(
    (button: Loose) => button.querySelector('.tag-chip-name')?.textContent === tag,
  );
  if (!chip) throw new Error(`No chip for ${tag}`);
  const wasPressed = chip.getAttribute('aria-pressed') === 'true';
  const summary = () => document.querySelector('.filter-summary')?.textContent ?? '';
  const before = summary();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = summary();
      if (!(wasPressed ? now === '' : now !== before && now.includes(tag))) return;
      const dom = performance.now() - start;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
    });
    observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
    const start = performance.now();
    chip.click();
  });
}

/** Clicks the first bookmark button and measures until its `aria-pressed` flips (then a frame). */
export function timeBookmark(): Promise<{ dom: number; frame: number }> {
  const { document, MutationObserver, performance, requestAnimationFrame } = globalThis as Loose;
  const button = document.querySelector('main button[data-shortcut="bookmark"]:not([disabled])');
  if (!button) throw new Error('No enabled bookmark button on the page');
  const before = button.getAttribute('aria-pressed');
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const flipped = document.querySelector('main button[data-shortcut="bookmark"]');
      if (flipped?.getAttribute('aria-pressed') === before) return;
      const dom = performance.now() - start;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
    });
    // Subtree: a list that re-renders its cards replaces the button rather than changing it.
    observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true });
    const start = performance.now();
    button.click();
  });
}
