import { createSignal } from 'solid-js';
// The module alone, not the package's entry: workbox-window is loaded after the first paint, and this is not.
import { messageSW } from 'workbox-window/messageSW.js';
import { CONTENT_INDEX_REQUEST } from '../../shared/data-urls.ts';
import { contentChanges, describeChanges } from '../data/content-changes.ts';
import { networkSource } from '../data/content-source.ts';
import { whenDatabaseOpen } from '../data/runtime.ts';

const [updateNews, setUpdateNews] = createSignal<string>();

/** What the waiting version brings, in a few words ("2 new posts, 1 updated"), once known. */
export { updateNews };

/** Sets `updateNews` from the waiting worker's content index; on failure the update toast just goes without it. */
export async function readUpdateNews(waiting: ServiceWorker): Promise<void> {
  try {
    const reply = (await messageSW(waiting, { type: CONTENT_INDEX_REQUEST })) as { indexUrl?: string } | undefined;
    if (!reply?.indexUrl) return;
    const db = await whenDatabaseOpen();
    setUpdateNews(describeChanges(await contentChanges(db, networkSource(reply.indexUrl))));
  } catch (error) {
    console.warn('Could not tell what the new version brings', error);
  }
}
