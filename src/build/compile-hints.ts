import type { Plugin, Rollup } from 'vite';

/**
 * V8's per-file compile hint (Chromium 136 on; other engines read a comment). A script that starts
 * with it has every function compiled with the file, on a background thread when the script is
 * streamed and in the file's own compile task otherwise, instead of each function on the main
 * thread the first time it runs: in the middle of hydration (bench/README.md has the traces).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Libraries of which a page runs a small part, and late: compiling all of them up front would
 * be work for nothing. Dexie (and fake-indexeddb, the fallback without IndexedDB) wait until the
 * page is live to open the database.
 */
const LIBRARIES_RUN_IN_PART = ['/node_modules/dexie/', '/node_modules/fake-indexeddb/'];

/** Whether a client chunk gets the compile hint: every chunk of the app a page runs as it hydrates or renders. */
export function wantsCompileHint(chunk: Pick<Rollup.OutputChunk, 'moduleIds'>): boolean {
  return !chunk.moduleIds.some((id) => LIBRARIES_RUN_IN_PART.some((library) => id.includes(library)));
}

/**
 * Puts the compile hint on the first line of the client's chunks. Last of all, for the hint only
 * counts at the very top and Vite itself puts a line before the code of chunks with dynamic
 * imports; the source map gains the one line too.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'field-notes:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !wantsCompileHint(chunk)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // The source map is written from its own asset by now: it gains an unmapped first line.
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
