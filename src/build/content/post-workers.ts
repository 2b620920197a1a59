import { Worker } from 'node:worker_threads';
import type { BuiltPost } from './build-post.ts';
import { feedWorker } from './feed-worker.ts';
import type { ParsedPost } from './parse-post.ts';
import type { RenderOptions } from './render.ts';

/** The posts to build, shared by this thread and the workers (build-posts.ts). */
export interface PostQueue {
  take: () => number | undefined;
  slice: (start: number) => ParsedPost[];
  /** True once every post has been read. */
  complete: () => boolean;
  /** Resolves when more posts arrive or the reading ends. */
  arrival: () => Promise<void>;
}

/** What one worker builds with, and where its results and failures go. */
export interface WorkerJob {
  options: RenderOptions;
  done: (start: number, built: BuiltPost[]) => void;
  giveBack: (start: number) => void;
}

/**
 * Feeds one worker thread (build-post-worker.ts) chunks until the queue is empty; resolves when
 * it has stopped. A worker that fails hands back the chunks it held.
 */
export function runPostWorker(queue: PostQueue, job: WorkerJob): Promise<void> {
  // A young generation larger than V8's default, as for the prerender's workers: markdown and
  // sanitizing make a lot of short-lived garbage.
  const worker = new Worker(new URL('./build-post-worker.mjs', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  return feedWorker<{ start: number; built: BuiltPost[] }>(worker, {
    take: queue.take,
    send: (to, start) => to.postMessage({ start, posts: queue.slice(start), options: job.options }),
    finished: ({ start, built }) => {
      job.done(start, built);
      return start;
    },
    giveBack: job.giveBack,
    more: () => (queue.complete() ? undefined : queue.arrival()),
    failure: 'A build worker failed, this thread takes over its posts',
  });
}
