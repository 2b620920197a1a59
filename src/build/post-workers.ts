import { Worker } from 'node:worker_threads';
import type { BuiltPost } from './build-post.ts';
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
  return new Promise((resolve) => {
    // A young generation larger than V8's default, as for the prerender's workers: markdown and
    // sanitizing make a lot of short-lived garbage.
    const worker = new Worker(new URL('./build-post-worker.mjs', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    const inHand = new Set<number>();
    let finished = false;
    let waiting = false;
    const stop = () => {
      if (finished) return;
      finished = true;
      for (const start of inHand) job.giveBack(start);
      void worker.terminate();
      resolve();
    };
    // Up to two chunks in hand; with none, wait for posts to arrive, or stop when all are built.
    const fill = () => {
      while (!finished && inHand.size < 2) {
        const start = queue.take();
        if (start === undefined) break;
        inHand.add(start);
        worker.postMessage({ start, posts: queue.slice(start), options: job.options });
      }
      if (finished || inHand.size > 0) return;
      if (queue.complete()) return stop();
      if (waiting) return;
      waiting = true;
      void queue.arrival().then(() => {
        waiting = false;
        fill();
      });
    };
    worker.on('message', (message: { start: number; built: BuiltPost[] } | 'ready') => {
      if (message !== 'ready') {
        job.done(message.start, message.built);
        inHand.delete(message.start);
      }
      fill();
    });
    worker.on('error', (error) => {
      console.warn(`A build worker failed, this thread takes over its posts: ${error.message}`);
      stop();
    });
    worker.on('exit', stop);
  });
}
