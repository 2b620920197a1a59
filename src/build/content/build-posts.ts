import { availableParallelism } from 'node:os';
import { buildPostBatch, type BuiltPost } from './build-post.ts';
import type { ParsedPost } from './parse-post.ts';
import { runPostWorker, type PostQueue } from './post-workers.ts';
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
   * How many posts there will be, when they are still being read: the workers are started at
   * once on that count, so their half second of start-up overlaps the reading and parsing.
   */
  expected?: number;
}

const DEFAULTS = { minPosts: 400, chunk: 100 };

/**
 * `buildPost` over every post, in order. Markdown rendering and sanitizing are most of a large
 * build and each post is independent, so past a few hundred posts they are shared between this
 * thread and worker threads that pull chunks from one queue. The result is the same either way.
 * Posts may come in batches as they are read (`source` an async iterable): the queue hands out
 * chunks as soon as they are there, so the workers build while this thread is still reading.
 * Each worker keeps two chunks in hand, so it never waits while this thread builds its own.
 * A worker that cannot start or dies hands its chunks back, and this thread builds them.
 */
export async function buildPosts(
  source: ParsedPost[] | AsyncIterable<ParsedPost[]>,
  options: RenderOptions,
  parallel: ParallelOptions = {},
): Promise<BuiltPost[]> {
  const threads = parallel.threads ?? Math.min(availableParallelism(), 4);
  const chunk = parallel.chunk ?? DEFAULTS.chunk;
  const count = parallel.expected ?? (Array.isArray(source) ? source.length : 0);
  if (threads < 2 || count < (parallel.minPosts ?? DEFAULTS.minPosts))
    return buildPostBatch(await collect(source), options);

  const posts: ParsedPost[] = [];
  const results: BuiltPost[] = [];
  const returned: number[] = [];
  let next = 0;
  let complete = false;
  // Resolved, and replaced, each time posts arrive or the reading ends.
  let wake = () => {};
  let arrival = new Promise<void>((resolve) => (wake = resolve));
  const arrived = () => {
    const resolve = wake;
    arrival = new Promise<void>((r) => (wake = r));
    resolve();
  };
  const reading = (async () => {
    try {
      for await (const batch of Array.isArray(source) ? [source] : source) {
        posts.push(...batch);
        arrived();
      }
    } catch (error) {
      // Nothing more to hand out: the workers stop, and the error is thrown below.
      next = posts.length;
      returned.length = 0;
      throw error;
    } finally {
      complete = true;
      arrived();
    }
  })();
  reading.catch(() => {});
  // A chunk is handed out once it is whole, or once the reading is over.
  const take = (): number | undefined => {
    if (returned.length > 0) return returned.pop();
    if (next >= posts.length || (!complete && next + chunk > posts.length)) return undefined;
    next += chunk;
    return next - chunk;
  };
  const queue: PostQueue = {
    take,
    slice: (start) => posts.slice(start, start + chunk),
    complete: () => complete,
    arrival: () => arrival,
  };
  // Runs once every post has been read, so an empty queue means the work is done.
  const buildHere = async () => {
    for (let start = take(); start !== undefined; start = take()) {
      (await buildPostBatch(queue.slice(start), options)).forEach((built, i) => (results[start + i] = built));
      // Let the workers' messages in between chunks, so they are never left waiting for work.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workers = Array.from({ length: threads - 1 }, () =>
    runPostWorker(queue, {
      options,
      done: (start, built) => built.forEach((b, i) => (results[start + i] = b)),
      giveBack: (start) => returned.push(start),
    }),
  );
  // This thread reads first, and builds only after: a chunk built here holds up the reading for
  // as long as it takes, and the workers would be left waiting for posts.
  await reading;
  if (parallel.shareWork !== false) await buildHere();
  await Promise.all(workers);
  // Chunks handed back by a worker that failed after this thread ran out of work.
  await buildHere();
  return results;
}

async function collect(source: ParsedPost[] | AsyncIterable<ParsedPost[]>): Promise<ParsedPost[]> {
  if (Array.isArray(source)) return source;
  const posts: ParsedPost[] = [];
  for await (const batch of source) posts.push(...batch);
  return posts;
}
