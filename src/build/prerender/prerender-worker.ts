import Tinypool from 'tinypool';
import type { WorkerData } from '../worker-pool.ts';
import type { PageRoute } from './page-routes.ts';
import { renderPages, type PageJob, type PrerenderContent, type ServerEntry } from './render-pages.ts';

/** What every prerender worker shares: the server entry to load and everything pages share. */
export interface PrerenderShared {
  entryUrl: string;
  job: PageJob;
  content: PrerenderContent;
}

// Each worker loads the app's server build once, as it starts.
const { shared } = Tinypool.workerData as WorkerData<PrerenderShared>;
const { entryUrl, job, content } = shared;
const entry = (await import(entryUrl)) as ServerEntry;
await entry.preparePrerender();

/** A worker thread's task (worker-pool.ts): renders and writes one chunk of routes. */
export default function renderChunk(routes: PageRoute[]): void {
  renderPages(entry, content, job, routes);
}
