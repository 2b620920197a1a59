import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { feedWorker } from '../content/feed-worker.ts';
import type { PageRoute } from './page-routes.ts';
import type { PrerenderWorkerData } from './prerender-worker.ts';
import { renderPages, type PageJob, type PrerenderContent, type ServerEntry } from './render-pages.ts';

/** How the pages are shared out; tests set these to send a handful of pages through workers. */
export interface ParallelPages {
  /** Threads in all, this one included; defaults to the machine's cores, at most 4. */
  threads?: number;
  /** Fewer pages than this are rendered here: starting a worker costs about half a second. */
  minPages?: number;
  /** Pages per message: small enough to balance the load, large enough to amortize messaging. */
  chunk?: number;
  /** False leaves all the pages to the workers (tests use it to be sure they rendered them). */
  shareWork?: boolean;
}

const DEFAULTS = { minPages: 400, chunk: 50 };

/**
 * Renders and writes every route, on this thread and on worker threads that load the same
 * server build (`entryUrl`) and pull chunks of routes from one queue: a page takes a
 * millisecond or two, so ten thousand of them are worth every core. Each worker keeps two
 * chunks in hand, so it never waits while this thread is busy rendering its own. A worker
 * that cannot start or fails hands its chunks back, and this thread renders them.
 */
export async function renderInParallel(
  server: { entry: ServerEntry; entryUrl: string },
  content: PrerenderContent,
  job: PageJob,
  routes: PageRoute[],
  parallel: ParallelPages = {},
): Promise<{ threads: number }> {
  const threads = parallel.threads ?? Math.min(availableParallelism(), 4);
  const chunk = parallel.chunk ?? DEFAULTS.chunk;
  const renderHere = (start: number) => renderPages(server.entry, content, job, routes.slice(start, start + chunk));
  if (threads < 2 || routes.length < (parallel.minPages ?? DEFAULTS.minPages)) {
    for (let start = 0; start < routes.length; start += chunk) renderHere(start);
    return { threads: 1 };
  }

  const returned: number[] = [];
  let next = 0;
  const take = (): number | undefined => {
    if (returned.length > 0) return returned.pop();
    if (next >= routes.length) return undefined;
    next += chunk;
    return next - chunk;
  };
  const shareHere = async () => {
    for (let start = take(); start !== undefined; start = take()) {
      renderHere(start);
      // Let the workers' messages in between chunks, so they are never left without work.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workerData: PrerenderWorkerData = { entryUrl: server.entryUrl, job, content };
  const workers = Array.from({ length: threads - 1 }, () =>
    runWorker(workerData, {
      take,
      routesOf: (start) => routes.slice(start, start + chunk),
      giveBack: (start) => returned.push(start),
    }),
  );
  if (parallel.shareWork !== false) await shareHere();
  await Promise.all(workers);
  // Chunks handed back by a worker that failed after this thread ran out of work.
  await shareHere();
  return { threads };
}

interface WorkerQueue {
  take: () => number | undefined;
  routesOf: (start: number) => PageRoute[];
  giveBack: (start: number) => void;
}

/** Feeds one worker chunks until the queue is empty; resolves when it has stopped. */
function runWorker(workerData: PrerenderWorkerData, queue: WorkerQueue): Promise<void> {
  // A young generation larger than V8's default: rendering makes a lot of short-lived garbage,
  // and fewer, larger scavenges cut the time the worker spends collecting it by about a third.
  const worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  return feedWorker<number>(worker, {
    take: queue.take,
    send: (to, start) => to.postMessage({ start, routes: queue.routesOf(start) }),
    // The worker answers with the start of the chunk it has written.
    finished: (start) => start,
    giveBack: queue.giveBack,
    failure: 'A prerender worker failed, this thread takes over its pages',
  });
}
