import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildPost, type BuiltPost } from './build-post.ts';
import type { ParsedPost } from './parse-post.ts';
import type { RenderOptions } from './render.ts';

/** How the work is shared out; tests set these to send a handful of posts through a worker. */
export interface ParallelOptions {
  /** Threads in all, this one included; defaults to the machine's cores, at most 4. */
  threads?: number;
  /** Fewer posts than this are built here: starting a worker costs about half a second. */
  minPosts?: number;
  /** Posts per message: small enough to balance the load, large enough to amortize the copying. */
  chunk?: number;
  /** False leaves all the work to the workers (tests use it to be sure they did it). */
  shareWork?: boolean;
}

const DEFAULTS = { minPosts: 400, chunk: 100 };

/**
 * `buildPost` over every post, in order. Markdown rendering and sanitizing are most of a large
 * build and each post is independent, so past a few hundred posts they are shared between this
 * thread and worker threads that pull chunks from one queue. The result is the same either way.
 * A worker that cannot start or dies hands its chunk back, and this thread builds it.
 */
export async function buildPosts(
  posts: ParsedPost[],
  options: RenderOptions,
  parallel: ParallelOptions = {},
): Promise<BuiltPost[]> {
  const threads = parallel.threads ?? Math.min(availableParallelism(), 4);
  const chunk = parallel.chunk ?? DEFAULTS.chunk;
  if (threads < 2 || posts.length < (parallel.minPosts ?? DEFAULTS.minPosts))
    return posts.map((p) => buildPost(p, options));

  const results: BuiltPost[] = new Array(posts.length);
  const returned: number[] = [];
  let next = 0;
  const take = (): number | undefined => {
    if (returned.length > 0) return returned.pop();
    if (next >= posts.length) return undefined;
    next += chunk;
    return next - chunk;
  };
  const slice = (start: number) => posts.slice(start, start + chunk);
  const buildHere = async () => {
    for (let start = take(); start !== undefined; start = take()) {
      slice(start).forEach((post, i) => (results[start + i] = buildPost(post, options)));
      // Let the workers' messages in between chunks, so they are never left waiting for work.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workers = Array.from({ length: threads - 1 }, () =>
    runWorker({
      take,
      slice,
      options,
      done: (start, built) => built.forEach((b, i) => (results[start + i] = b)),
      giveBack: (start) => returned.push(start),
    }),
  );
  if (parallel.shareWork !== false) await buildHere();
  await Promise.all(workers);
  // Chunks handed back by a worker that failed after this thread ran out of work.
  await buildHere();
  return results;
}

interface WorkerJob {
  take: () => number | undefined;
  slice: (start: number) => ParsedPost[];
  options: RenderOptions;
  done: (start: number, built: BuiltPost[]) => void;
  giveBack: (start: number) => void;
}

/** Feeds one worker chunks until the queue is empty; resolves when it has stopped. */
function runWorker(job: WorkerJob): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./build-post-worker.mjs', import.meta.url));
    let current: number | undefined;
    let finished = false;
    const stop = () => {
      if (finished) return;
      finished = true;
      if (current !== undefined) job.giveBack(current);
      void worker.terminate();
      resolve();
    };
    const send = () => {
      current = job.take();
      if (current === undefined) return stop();
      worker.postMessage({ start: current, posts: job.slice(current), options: job.options });
    };
    worker.on('message', (message: { start: number; built: BuiltPost[] } | 'ready') => {
      if (message !== 'ready') {
        job.done(message.start, message.built);
        current = undefined;
      }
      send();
    });
    worker.on('error', (error) => {
      console.warn(`A build worker failed, this thread takes over its posts: ${error.message}`);
      stop();
    });
    worker.on('exit', stop);
  });
}
