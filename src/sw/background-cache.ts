import { copyResponse } from 'workbox-core/copyResponse.js';

/** How a background save goes on, and what it may leave alone. */
export interface KeepOptions {
  /** Called with the count saved of the total at the start and after each file, and with `end` once the pass is over. */
  report: (saved: number, total: number, end?: PassEnd) => void;
  /** True for a file that is saved elsewhere already (the precache), so it need not be fetched. */
  savedElsewhere?: (url: string) => Promise<boolean>;
  /** True for an entry of the cache to keep though it is not wanted now; by default only `urls` stay. */
  keep?: (url: string) => boolean;
  /** Only count what is saved, fetching and deleting nothing (for the Offline & storage page). */
  countOnly?: boolean;
  /** The key a file is stored under, when not its URL (the precache's carry a revision). */
  cacheKey?: (url: string) => string;
  /** How each file is fetched. */
  fetchOptions?: RequestInit;
}

/** How a pass ended: `interrupted` when a network failure (offline, most often) stopped it short. */
export interface PassEnd {
  interrupted: boolean;
}

const replaced = new AbortController();

/** Ends every save for good, as this worker is being replaced; one that is not starts afresh when next woken. */
export function stopBackgroundSaving(): void {
  replaced.abort();
}

/**
 * Saves each of `urls` (absolute) not in `cacheName`, then drops what nothing wants; failures wait for next time, and
 * the first network failure (offline, most often) ends the pass, as every later file would fail the same way.
 */
export async function keepInCache(cacheName: string, urls: readonly string[], options: KeepOptions): Promise<void> {
  const { signal } = replaced;
  const cache = await caches.open(cacheName);
  const keyOf = options.cacheKey ?? ((url: string) => url);
  const wanted = new Set(urls);
  const kept = new Set((await cache.keys()).map((request) => request.url));
  const missing: string[] = [];
  for (const url of wanted) if (!kept.has(keyOf(url)) && !(await options.savedElsewhere?.(url))) missing.push(url);
  let saved = wanted.size - missing.length;
  if (options.countOnly) return options.report(saved, wanted.size, { interrupted: false });
  options.report(saved, wanted.size);
  let interrupted = false;
  // One file at a time: more at once slows the page being read (bench/README.md, "Background saving").
  for (const url of missing) {
    const response = await fetch(url, { ...options.fetchOptions, signal }).catch(() => undefined);
    if (signal.aborted) return;
    if (!response) {
      interrupted = true;
      break;
    }
    if (!response.ok) continue;
    // A redirected response answers no navigation; Workbox's precache copies one likewise.
    await cache.put(keyOf(url), response.redirected ? await copyResponse(response) : response);
    saved += 1;
    options.report(saved, wanted.size);
  }
  // A worker being replaced leaves the cache to its successor, whose files these may be.
  if (signal.aborted) return;
  const keep = options.keep ?? ((url: string) => wanted.has(url));
  for (const url of kept) if (!keep(url)) await cache.delete(url);
  options.report(saved, wanted.size, { interrupted });
}
