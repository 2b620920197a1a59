import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';

/** Worker threads running one task module for the build, with this thread as their fallback. */
export interface WorkerPool {
  /** Runs `input` through the task module on a worker; if the worker fails, `here` does the same work. */
  run<T>(input: unknown, here: () => T | Promise<T>): Promise<T>;
  /** Stops the workers; tasks still queued fail. */
  close(): Promise<void>;
}

/** What a task module finds in `Tinypool.workerData`: itself, and what every task shares. */
export interface WorkerData<Shared> {
  task: string;
  shared: Shared;
}

/** Threads the build uses for its heavy steps: the machine's cores, at most 4. */
export function buildThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/** Starts `threads` workers on `task`'s default export, each given `shared` once; the first failure is logged. */
export function startWorkers<Shared>(
  task: URL,
  options: { threads: number; shared?: Shared; failure: string },
): WorkerPool {
  const workerData: WorkerData<Shared | undefined> = { task: task.href, shared: options.shared };
  const pool = new Tinypool({
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    minThreads: options.threads,
    maxThreads: options.threads,
    workerData,
    // Larger than V8's default: rendering makes much short-lived garbage, and fewer, larger scavenges cost less.
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  let closing = false;
  let warned = false;
  return {
    run: async (input, here) => {
      try {
        return await pool.run(input);
      } catch (error) {
        if (closing) throw error;
        if (!warned) console.warn(`${options.failure}: ${error instanceof Error ? error.message : String(error)}`);
        warned = true;
        return here();
      }
    },
    close: () => {
      closing = true;
      return pool.destroy();
    },
  };
}
