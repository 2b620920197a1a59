import { parentPort, workerData } from 'node:worker_threads';
import type { PageRoute } from './page-routes.ts';
import { renderPages, type PageJob, type PrerenderContent, type ServerEntry } from './render-pages.ts';

/** What a prerender worker starts with: the server entry to load and everything pages share. */
export interface PrerenderWorkerData {
  entryUrl: string;
  job: PageJob;
  content: PrerenderContent;
}

// Loads the app's server build once, then renders and writes each chunk of routes the main
// thread sends, answering with the chunk's start when its files are written.
const port = parentPort;
if (!port) throw new Error('prerender-worker.ts runs as a worker thread of render-in-parallel.ts');
const { entryUrl, job, content } = workerData as PrerenderWorkerData;
const entry = (await import(entryUrl)) as ServerEntry;
await entry.preparePrerender();
port.on('message', (chunk: { start: number; routes: PageRoute[] }) => {
  renderPages(entry, content, job, chunk.routes);
  port.postMessage(chunk.start);
});
port.postMessage('ready');
