import { buildPostBatch, type BuiltPost } from './build-post.ts';
import type { ParsedPost } from './parse-post.ts';
import type { RenderOptions } from './render.ts';

/** What build-posts.ts sends a worker: a chunk of posts to build. */
export interface PostChunk {
  posts: ParsedPost[];
  options: RenderOptions;
}

/** A worker thread's task (worker-pool.ts): builds one chunk of posts, in order. */
export default function buildChunk({ posts, options }: PostChunk): Promise<BuiltPost[]> {
  return buildPostBatch(posts, options);
}
