import { createSignal } from 'solid-js';
// The module alone, not the package's entry: workbox-window is loaded after the first paint, and this is not.
import { messageSW } from 'workbox-window/messageSW.js';
import { CONTENT_FILE_REQUEST, CONTENT_INDEX_REQUEST } from '../../shared/data-urls.ts';
import type { IndexManifest, SummaryShard } from '../../shared/post.ts';
import { contentChanges, describeChanges } from '../data/content-changes.ts';
import { whenDatabaseOpen } from '../data/runtime.ts';

const [updateNews, setUpdateNews] = createSignal<string>();

/** What the waiting version brings, in a few words ("2 new posts, 1 updated"), once known. */
export { updateNews };

/** Sets `updateNews` from the waiting worker's content index; on failure the update toast just goes without it. */
export async function readUpdateNews(waiting: ServiceWorker): Promise<void> {
  try {
    const reply = (await messageSW(waiting, { type: CONTENT_INDEX_REQUEST })) as { indexUrl?: string } | undefined;
    if (!reply?.indexUrl) return;
    const indexUrl = reply.indexUrl;
    const db = await whenDatabaseOpen();
    // From the waiting worker's own copy, offline too; and fetches would all go through the outgoing worker,
    // whose every request can hold back the Reload (src/sw/update-handover.ts).
    const source = {
      fetchIndex: () => precachedJson<IndexManifest>(waiting, indexUrl),
      fetchShard: async (file: string) => (await precachedJson<SummaryShard>(waiting, file)).posts,
    };
    setUpdateNews(describeChanges(await contentChanges(db, source)));
  } catch (error) {
    console.warn('Could not tell what the new version brings', error);
  }
}

async function precachedJson<T>(worker: ServiceWorker, path: string): Promise<T> {
  const reply = (await messageSW(worker, { type: CONTENT_FILE_REQUEST, path })) as { json?: T } | undefined;
  if (reply?.json === undefined) throw new Error(`The new version has no ${path}`);
  return reply.json;
}
