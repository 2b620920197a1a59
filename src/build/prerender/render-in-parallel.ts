import { buildThreads, startWorkers } from '../worker-pool.ts';
import type { PageRoute } from './page-routes.ts';
import type { PrerenderShared } from './prerender-worker.ts';
import { renderPages, type PageJob, type PrerenderContent, type ServerEntry } from './render-pages.ts';

/** How the pages are shared out; tests set these to send a handful of pages through workers. */
export interface ParallelPages {
  /** Worker threads; defaults to the machine's cores, at most 4. */
  threads?: number;
  /** Fewer pages than this are rendered on this thread, where starting workers would cost more than it saves. */
  minPages?: number;
  /** Pages per task: small enough to balance the load, large enough to amortize messaging. */
  chunk?: number;
}

const DEFAULTS = { minPages: 400, chunk: 50 };

/** Renders and writes every route, on workers that load `entryUrl` past `minPages`; a failed chunk is rendered here. */
export async function renderInParallel(
  server: { entry: ServerEntry; entryUrl: string },
  content: PrerenderContent,
  job: PageJob,
  routes: PageRoute[],
  parallel: ParallelPages = {},
): Promise<{ threads: number }> {
  const threads = parallel.threads ?? buildThreads();
  const chunk = parallel.chunk ?? DEFAULTS.chunk;
  const chunks = Array.from({ length: Math.ceil(routes.length / chunk) }, (_, i) =>
    routes.slice(i * chunk, (i + 1) * chunk),
  );
  const renderHere = (pages: PageRoute[]) => renderPages(server.entry, content, job, pages);
  if (threads < 2 || routes.length < (parallel.minPages ?? DEFAULTS.minPages)) {
    chunks.forEach(renderHere);
    return { threads: 1 };
  }
  const shared: PrerenderShared = { entryUrl: server.entryUrl, job, content };
  const workers = startWorkers(new URL('./prerender-worker.ts', import.meta.url), {
    threads,
    shared,
    failure: 'A prerender worker failed, this thread takes over its pages',
  });
  try {
    await Promise.all(chunks.map((pages) => workers.run(pages, () => renderHere(pages))));
  } finally {
    await workers.close();
  }
  return { threads };
}
