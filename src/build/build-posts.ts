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
  /**
   * How many posts there will be, when `posts` is still being read: the workers are started
   * at once on that count, so their half second of start-up overlaps the reading and parsing.
   */
  expected?: number;
}

const DEFAULTS = { minPosts: 400, chunk: 100 };

/**
 * `buildPost` over every post, in order. Markdown rendering and sanitizing are most of a large
 * build and each post is independent, so past a few hundred posts they are shared between this
 * thread and worker threads that pull chunks from one queue. The result is the same either way.
 * Each worker keeps two chunks in hand, so it never waits while this thread builds its own.
 * A worker that cannot start or dies hands its chunks back, and this thread builds them.
 */
export async function buildPosts(
  pending: ParsedPost[] | Promise<ParsedPost[]>,
  options: RenderOptions,
  parallel: ParallelOptions = {},
): Promise<BuiltPost[]> {
  const threads = parallel.threads ?? Math.min(availableParallelism(), 4);
  const chunk = parallel.chunk ?? DEFAULTS.chunk;
  const count = parallel.expected ?? (Array.isArray(pending) ? pending.length : 0);
  if (threads < 2 || count < (parallel.minPosts ?? DEFAULTS.minPosts))
    return (await pending).map((p) => buildPost(p, options));

  const ready = Promise.resolve(pending);
  const started = ready.then(() => undefined);
  // A failed read ends the workers (runWorker); the error itself is the caller's, thrown below.
  started.catch(() => {});
  let posts: ParsedPost[] = [];
  const results: BuiltPost[] = [];
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
      ready: started,
      take,
      slice,
      options,
      done: (start, built) => built.forEach((b, i) => (results[start + i] = b)),
      giveBack: (start) => returned.push(start),
    }),
  );
  posts = await ready;
  results.length = posts.length;
  if (parallel.shareWork !== false) await buildHere();
  await Promise.all(workers);
  // Chunks handed back by a worker that failed after this thread ran out of work.
  await buildHere();
  return results;
}

interface WorkerJob {
  /** Resolves once the posts are there to take; rejects if they never will be. */
  ready: Promise<void>;
  take: () => number | undefined;
  slice: (start: number) => ParsedPost[];
  options: RenderOptions;
  done: (start: number, built: BuiltPost[]) => void;
  giveBack: (start: number) => void;
}

/** Feeds one worker chunks until the queue is empty; resolves when it has stopped. */
function runWorker(job: WorkerJob): Promise<void> {
  return new Promise((resolve) => {
    // A young generation larger than V8's default, as for the prerender's workers: markdown and
    // sanitizing make a lot of short-lived garbage.
    const worker = new Worker(new URL('./build-post-worker.mjs', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    const inHand = new Set<number>();
    let finished = false;
    const stop = () => {
      if (finished) return;
      finished = true;
      for (const start of inHand) job.giveBack(start);
      void worker.terminate();
      resolve();
    };
    const send = () => {
      const start = job.take();
      if (start === undefined) return;
      inHand.add(start);
      worker.postMessage({ start, posts: job.slice(start), options: job.options });
    };
    worker.on('message', (message: { start: number; built: BuiltPost[] } | 'ready') => {
      if (message === 'ready') {
        job.ready.then(() => {
          send();
          send();
          if (inHand.size === 0) stop();
        }, stop);
        return;
      }
      job.done(message.start, message.built);
      inHand.delete(message.start);
      send();
      if (inHand.size === 0) stop();
    });
    worker.on('error', (error) => {
      console.warn(`A build worker failed, this thread takes over its posts: ${error.message}`);
      stop();
    });
    worker.on('exit', stop);
  });
}
