import type { Plugin, Rollup } from 'vite';

/** V8's compile hint (Chromium 136 on): the file compiles whole up front, not mid-hydration (see bench/README.md). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Libraries a page runs in part, and late (the database opens once the page is live): not worth compiling up front. */
const LIBRARIES_RUN_IN_PART = ['/node_modules/dexie/', '/node_modules/fake-indexeddb/'];

/** Whether a client chunk gets the compile hint: every chunk of the app a page runs as it hydrates or renders. */
export function wantsCompileHint(chunk: Pick<Rollup.OutputChunk, 'moduleIds'>): boolean {
  return !chunk.moduleIds.some((id) => LIBRARIES_RUN_IN_PART.some((library) => id.includes(library)));
}

/** Vite plugin: puts the compile hint on the first line of the client's chunks and their source maps. */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'field-notes:compile-hints',
    apply: 'build',
    generateBundle: {
      // Last of all: the hint counts only on the very first line, and Vite adds a line to chunks with dynamic imports.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !wantsCompileHint(chunk)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // The map is its own asset by now, so the unmapped first line goes there.
          const map = bundle[chunk.sourcemapFileName ?? `${chunk.fileName}.map`];
          if (map?.type === 'asset') map.source = withLineBefore(String(map.source));
        }
      },
    },
  };
}

function withLineBefore(sourceMap: string): string {
  const map = JSON.parse(sourceMap) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}
