import { buildThreads, startWorkers } from '../worker-pool.ts';
import { buildPostBatch, type BuiltPost } from './build-post.ts';
import type { PostChunk } from './build-post-worker.ts';
import type { ParsedPost } from './parse-post.ts';
import type { RenderOptions } from './render.ts';

/** How the work is shared out; tests set these to send a handful of posts through workers. */
export interface ParallelOptions {
  /** Worker threads; defaults to the machine's cores, at most 4. */
  threads?: number;
  /** Fewer posts than this are built on this thread, where starting workers would cost more than it saves. */
  minPosts?: number;
  /** Posts per task: small enough to balance the load, large enough to amortize the copying. */
  chunk?: number;
  /** The post count while `source` is still being read, so workers start at once and overlap the reading. */
  expected?: number;
}

const DEFAULTS = { minPosts: 400, chunk: 100 };

/** `buildPost` over every post in order, on worker threads past `minPosts` as batches arrive; the same result. */
export async function buildPosts(
  source: ParsedPost[] | AsyncIterable<ParsedPost[]>,
  options: RenderOptions,
  parallel: ParallelOptions = {},
): Promise<BuiltPost[]> {
  const threads = parallel.threads ?? buildThreads();
  const chunk = parallel.chunk ?? DEFAULTS.chunk;
  const count = parallel.expected ?? (Array.isArray(source) ? source.length : 0);
  if (threads < 2 || count < (parallel.minPosts ?? DEFAULTS.minPosts))
    return buildPostBatch(await collect(source), options);

  const workers = startWorkers(new URL('./build-post-worker.ts', import.meta.url), {
    threads,
    failure: 'A build worker failed, this thread takes over its posts',
  });
  const chunks: Promise<BuiltPost[]>[] = [];
  const build = (posts: ParsedPost[]) =>
    chunks.push(workers.run({ posts, options } satisfies PostChunk, () => buildPostBatch(posts, options)));
  try {
    const waiting: ParsedPost[] = [];
    for await (const batch of Array.isArray(source) ? [source] : source) {
      waiting.push(...batch);
      while (waiting.length >= chunk) build(waiting.splice(0, chunk));
    }
    if (waiting.length > 0) build(waiting);
    return (await Promise.all(chunks)).flat();
  } finally {
    // After a failed reading, closing fails the chunks still out, and nothing waits for them.
    void Promise.allSettled(chunks);
    await workers.close();
  }
}

async function collect(source: ParsedPost[] | AsyncIterable<ParsedPost[]>): Promise<ParsedPost[]> {
  if (Array.isArray(source)) return source;
  const posts: ParsedPost[] = [];
  for await (const batch of source) posts.push(...batch);
  return posts;
}
