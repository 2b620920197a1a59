import type { Rollup } from 'vite';
import { LAZY_PAGES, lazyPageFor, type LazyPage } from '../../shared/lazy-pages.ts';
import { bundleChunks, lazyPageModule, SHELL_MODULE } from './bundle-chunks.ts';

/** What a page needs to hydrate besides the entry, preloaded at once, not a level at a time (see bench/README.md). */
export interface PageModules {
  shared: string[];
  byPage: Partial<Record<LazyPage, string[]>>;
}

/** Reads each page's module list out of the client bundle; URLs start with `base`. */
export function pageModulesOf(bundle: Rollup.OutputBundle, root: string, base: string): PageModules {
  const { entry, chunkOf } = bundleChunks(bundle, root);
  // The entry is fetched by boot.js's import itself; everything it reaches statically is shared.
  const seen = new Set([entry.fileName]);
  const shared = [...staticImportsOf(entry, bundle, seen), ...chunkWithImports(chunkOf(SHELL_MODULE), bundle, seen)];
  const byPage: PageModules['byPage'] = {};
  for (const page of LAZY_PAGES) {
    byPage[page] = chunkWithImports(chunkOf(lazyPageModule(page)), bundle, new Set(seen)).map((file) => base + file);
  }
  return { shared: shared.map((file) => base + file), byPage };
}

/** The modules the page at `appPath` (without the base path) preloads, shared ones first. */
export function pageModules(modules: PageModules, appPath: string): string[] {
  const page = lazyPageFor(appPath);
  return [...modules.shared, ...((page && modules.byPage[page]) ?? [])];
}

/** A chunk's file and every chunk it imports statically, nearest first, skipping those in `seen`. */
function chunkWithImports(chunk: Rollup.OutputChunk, bundle: Rollup.OutputBundle, seen: Set<string>): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  return [chunk.fileName, ...staticImportsOf(chunk, bundle, seen)];
}

function staticImportsOf(chunk: Rollup.OutputChunk, bundle: Rollup.OutputBundle, seen: Set<string>): string[] {
  const direct = chunk.imports.filter((file) => bundle[file]?.type === 'chunk' && !seen.has(file));
  for (const file of direct) seen.add(file);
  // Breadth first: a chunk's own imports are asked for before their imports.
  return [...direct, ...direct.flatMap((file) => staticImportsOf(bundle[file] as Rollup.OutputChunk, bundle, seen))];
}
