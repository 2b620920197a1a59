import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { MILESTONE_PREFIX, type Milestone } from '../../../src/shared/milestones.ts';

export { readBuiltIndex } from '../../../scripts/built-index.ts';

/** Waits for the toast that says the whole site is saved for reading offline. */
export async function waitUntilReadyOffline(page: Page): Promise<void> {
  await page.getByText(/Ready to read offline: \d+ posts? saved/).waitFor({ timeout: 30_000 });
}

/**
 * Reads rows of one object store of the app's real IndexedDB, from inside the page. Before the
 * app has created its database (a prerendered page is readable before then) there are none; the
 * probe must not create an empty database itself, or hold one open that blocks the app's.
 */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('kubecon-field-notes');
        let missing = false;
        request.onupgradeneeded = () => {
          missing = true;
          request.transaction?.abort();
        };
        request.onerror = () => (missing ? resolve([]) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/**
 * Waits until the app has created its database: a prerendered page is readable before then, and on
 * a first visit the page opens its own only after the service worker's install. Polled from here:
 * Playwright's waitForFunction takes the promise an async predicate returns for a truthy answer,
 * so it never waited for this.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  const listed = () =>
    page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'kubecon-field-notes'));
  while (!(await listed())) {
    if (Date.now() > deadline) throw new Error('The app never created its database');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Writes one row into the app's real IndexedDB, the way the app's own stores would. */
export async function putRow(page: Page, store: string, row: Record<string, unknown>): Promise<void> {
  await waitForAppDatabase(page);
  return page.evaluate(
    ({ name, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kubecon-field-notes');
        // Never create the app's database here: fail, and leave it to the app.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(request.error ?? new Error('The app has no database yet'));
        request.onsuccess = () => {
          const db = request.result;
          try {
            const tx = db.transaction(name, 'readwrite');
            tx.objectStore(name).put(value);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          } catch (error) {
            db.close();
            reject(error as Error);
          }
        };
      }),
    { name: store, value: row },
  );
}

/** Waits until the page has marked a start-up milestone (src/app/milestones.ts). */
export async function waitForMilestone(page: Page, milestone: Milestone): Promise<void> {
  const name = MILESTONE_PREFIX + milestone;
  await expect
    .poll(() => page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length, name), { timeout: 20_000 })
    .toBe(1);
}

/** What a newer build's Dexie does in `page`: opens the site's database at a higher version; resolves with it. */
export function openAsNewerVersion(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('kubecon-field-notes', 1000);
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
        request.onerror = () => reject(request.error);
        // Some connection did not step aside: say so rather than wait for the test's timeout.
        request.onblocked = () => setTimeout(() => reject(new Error('The upgrade stayed blocked')), 5000);
      }),
  );
}
