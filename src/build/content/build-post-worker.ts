import { parentPort } from 'node:worker_threads';
import { buildPostBatch } from './build-post.ts';
import type { ParsedPost } from './parse-post.ts';
import type { RenderOptions } from './render.ts';

// Builds each chunk of posts the main thread sends and sends the results back, in order.
const port = parentPort;
if (!port) throw new Error('build-post-worker.ts runs as a worker thread of build-posts.ts');
port.on('message', async (message: { start: number; posts: ParsedPost[]; options: RenderOptions }) => {
  port.postMessage({ start: message.start, built: await buildPostBatch(message.posts, message.options) });
});
port.postMessage('ready');
