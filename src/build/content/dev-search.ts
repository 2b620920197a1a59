import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connect } from 'vite';
import { contentTypeFor } from '../../shared/content-type.ts';
import type { Post } from '../../shared/post.ts';
import { SEARCH_FOLDER } from '../../shared/search.ts';
import { writeSearchIndex } from './search-index.ts';

/** The search index in `npm run dev`: built into a temporary folder and served from there. */
export interface DevSearch {
  /** Builds the index again (after an edit); the middleware waits for it. */
  rebuild(posts: readonly Post[], language: string): void;
  middleware: Connect.NextHandleFunction;
  /** Removes the temporary folder. */
  close(): Promise<void>;
}

/** Search in dev works as in the build, over every post the dev server shows, drafts included. */
export function createDevSearch(basePath: string, onError: (message: string) => void): DevSearch {
  const dir = path.join(tmpdir(), `field-notes-dev-search-${process.pid}`);
  const prefix = `${basePath}${SEARCH_FOLDER}/`;
  let ready: Promise<void> = Promise.resolve();
  return {
    rebuild(posts, language) {
      ready = ready
        .then(() => rm(dir, { recursive: true, force: true }))
        .then(() => writeSearchIndex(dir, posts, basePath, language))
        .then(
          () => undefined,
          (error: unknown) => onError(`search index: ${error instanceof Error ? error.message : String(error)}`),
        );
    },
    close: () => ready.then(() => rm(dir, { recursive: true, force: true })),
    middleware(request, response, next) {
      // Pagefind's file names need no decoding, and a stray % in an address must not throw.
      const url = (request.url ?? '').split('?')[0] ?? '';
      if (!url.startsWith(prefix) || url.includes('..')) return next();
      const file = url.slice(basePath.length);
      ready
        .then(() => readFile(path.join(dir, file)))
        .then(
          (body) => {
            response.setHeader('Content-Type', contentTypeFor(file));
            response.end(body);
          },
          () => next(),
        );
    },
  };
}
