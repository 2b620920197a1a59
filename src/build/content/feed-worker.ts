import type { Worker } from 'node:worker_threads';

/** Chunks of work by their start index, shared by this thread and its worker threads. */
export interface ChunkFeed<Message> {
  /** The next chunk's start, or undefined when there is none to hand out now. */
  take: () => number | undefined;
  /** Posts the chunk at `start` to the worker. */
  send: (worker: Worker, start: number) => void;
  /** Takes a worker's message about a finished chunk (after its first, 'ready') and says which chunk it was. */
  finished: (message: Message) => number;
  /** Puts back a chunk the worker held when it failed, for this thread to do. */
  giveBack: (start: number) => void;
  /**
   * While more chunks may still come (posts still being read): resolves when they may have. Not
   * given, or undefined, once none will: an empty feed then means the work is done.
   */
  more?: () => Promise<void> | undefined;
  /** Said when the worker fails, before this thread takes over its chunks. */
  failure: string;
}

/**
 * Keeps `worker` fed, two chunks in hand so it never waits on this thread, until the feed is
 * empty; then ends it. Resolves once it has stopped. A worker that cannot start or fails hands
 * back the chunks it held.
 */
export function feedWorker<Message>(worker: Worker, feed: ChunkFeed<Message>): Promise<void> {
  return new Promise((resolve) => {
    const inHand = new Set<number>();
    let finished = false;
    let waiting = false;
    const stop = () => {
      if (finished) return;
      finished = true;
      for (const start of inHand) feed.giveBack(start);
      void worker.terminate();
      resolve();
    };
    const fill = () => {
      while (!finished && inHand.size < 2) {
        const start = feed.take();
        if (start === undefined) break;
        inHand.add(start);
        feed.send(worker, start);
      }
      if (finished || inHand.size > 0 || waiting) return;
      const more = feed.more?.();
      if (!more) return stop();
      waiting = true;
      void more.then(() => {
        waiting = false;
        fill();
      });
    };
    worker.on('message', (message: Message | 'ready') => {
      if (message !== 'ready') inHand.delete(feed.finished(message));
      fill();
    });
    worker.on('error', (error) => {
      console.warn(`${feed.failure}: ${error.message}`);
      stop();
    });
    worker.on('exit', stop);
  });
}
