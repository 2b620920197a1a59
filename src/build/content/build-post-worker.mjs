// A worker thread of build-posts.ts. Workers start as plain Node, which cannot load TypeScript,
// so this small JavaScript entry registers tsx (a dev dependency, like the build) first.
import { register } from 'tsx/esm/api';

register();
await import('./build-post-worker.ts');
