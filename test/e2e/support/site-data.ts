import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { IndexManifest, PostIndex, SummaryShard } from '../../../src/shared/post.ts';

/** The post index a build emitted (its manifest and every shard), read from disk so tests know every slug and title. */
export function readBuiltIndex(distDir: string): PostIndex {
  const dataDir = path.join(distDir, 'data');
  const file = readdirSync(dataDir).find((name) => /^index\.[0-9a-f]+\.json$/.test(name));
  if (!file) throw new Error(`No data/index.<hash>.json in ${distDir}`);
  const manifest = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as IndexManifest;
  const posts = manifest.shards.flatMap(
    (shard) => (JSON.parse(readFileSync(path.join(distDir, shard), 'utf8')) as SummaryShard).posts,
  );
  return { version: manifest.version, site: manifest.site, posts };
}

/** Waits for the toast that says the whole site is saved for reading offline. */
export async function waitUntilReadyOffline(page: Page): Promise<void> {
  await page.getByText(/Ready to read offline: \d+ posts? saved/).waitFor({ timeout: 30_000 });
}

/** Reads rows of one object store of the app's real IndexedDB, from inside the page. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('kubecon-field-notes');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
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

/** Writes one row into the app's real IndexedDB, the way the app's own stores would. */
export function putRow(page: Page, store: string, row: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    ({ name, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kubecon-field-notes');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(name, 'readwrite');
          tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, value: row },
  );
}
