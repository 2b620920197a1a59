import path from 'node:path';
import type { Rollup } from 'vite';
import type { LazyPage } from '../../shared/lazy-pages.ts';

/** The app's shell, which the entry imports dynamically so that it is evaluated in a task of its own. */
export const SHELL_MODULE = 'src/app/App.tsx';

/** A lazy page's module, from the project root, as the routes are laid out: `routes/tags/TagsPage.tsx`. */
export function lazyPageModule(page: LazyPage): string {
  return `src/app/routes/${page}/${page[0]!.toUpperCase()}${page.slice(1)}Page.tsx`;
}

/** The client bundle's chunks as the prerenderer reads them: the one entry, and a module's own chunk. */
export interface BundleChunks {
  entry: Rollup.OutputChunk;
  /** The chunk a module (a path from the project root) is the facade of; throws when there is none. */
  chunkOf(module: string): Rollup.OutputChunk;
}

/** Finds the entry chunk and each module's chunk in the client bundle. */
export function bundleChunks(bundle: Rollup.OutputBundle, root: string): BundleChunks {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`prerender: expected one entry chunk, found ${entries.length}`);
  return {
    entry: entries[0]!,
    chunkOf(module) {
      const chunk = chunks.find((candidate) => candidate.facadeModuleId === path.resolve(root, module));
      if (!chunk) throw new Error(`prerender: the bundle has no chunk for ${module}`);
      return chunk;
    },
  };
}
