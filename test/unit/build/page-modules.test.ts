import path from 'node:path';
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { pageModules, pageModulesOf } from '../../../src/build/prerender/page-modules.ts';

const ROOT = '/project';

/** A chunk as the bundle gives it, with only what page-modules reads. */
function chunk(fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> = {}): Rollup.OutputChunk {
  return { type: 'chunk', fileName, imports, isEntry: false, facadeModuleId: null, ...extra } as Rollup.OutputChunk;
}

function facade(module: string): { facadeModuleId: string } {
  return { facadeModuleId: path.resolve(ROOT, module) };
}

function bundleOf(...chunks: Rollup.OutputChunk[]): Rollup.OutputBundle {
  const bundle: Rollup.OutputBundle = Object.fromEntries(chunks.map((one) => [one.fileName, one]));
  bundle['assets/index.css'] = { type: 'asset', fileName: 'assets/index.css', source: '' } as Rollup.OutputAsset;
  return bundle;
}

// entry → solid, router (→ solid); App → router, cards (→ solid); PostPage → cards, prose; the
// other lazy pages import nothing of their own.
const BUNDLE = bundleOf(
  chunk('assets/index.js', ['assets/solid.js', 'assets/router.js', 'assets/index.css'], { isEntry: true }),
  chunk('assets/solid.js', []),
  chunk('assets/router.js', ['assets/solid.js']),
  chunk('assets/App.js', ['assets/router.js', 'assets/cards.js'], facade('src/app/App.tsx')),
  chunk('assets/cards.js', ['assets/solid.js']),
  chunk('assets/PostPage.js', ['assets/cards.js', 'assets/prose.js'], facade('src/app/routes/post/PostPage.tsx')),
  chunk('assets/prose.js', []),
  chunk('assets/TagsPage.js', ['assets/solid.js'], facade('src/app/routes/tags/TagsPage.tsx')),
  chunk('assets/TagPage.js', [], facade('src/app/routes/tag/TagPage.tsx')),
  chunk('assets/BookmarksPage.js', ['assets/cards.js'], facade('src/app/routes/bookmarks/BookmarksPage.tsx')),
  chunk('assets/OfflinePage.js', [], facade('src/app/routes/offline/OfflinePage.tsx')),
  chunk('assets/SearchPage.js', [], facade('src/app/routes/search/SearchPage.tsx')),
);

describe('pageModulesOf', () => {
  it('lists the entry’s imports, then the shell and its imports, each once and never the entry', () => {
    const modules = pageModulesOf(BUNDLE, ROOT, '/');
    expect(modules.shared).toEqual(['/assets/solid.js', '/assets/router.js', '/assets/App.js', '/assets/cards.js']);
  });

  it('gives each lazy page its own chunk and the imports the shared list lacks', () => {
    const { byPage } = pageModulesOf(BUNDLE, ROOT, '/');
    expect(byPage.post).toEqual(['/assets/PostPage.js', '/assets/prose.js']);
    expect(byPage.tags).toEqual(['/assets/TagsPage.js']);
    expect(byPage.bookmarks).toEqual(['/assets/BookmarksPage.js']);
  });

  it('puts the base path before every file, as the entry’s own URL has it', () => {
    const modules = pageModulesOf(BUNDLE, ROOT, '/notes/');
    expect(modules.shared[0]).toBe('/notes/assets/solid.js');
    expect(modules.byPage.post).toContain('/notes/assets/prose.js');
  });

  it('says which chunk is missing rather than preloading less', () => {
    const { 'assets/App.js': _shell, ...withoutShell } = BUNDLE;
    expect(() => pageModulesOf(withoutShell, ROOT, '/')).toThrow('the bundle has no chunk for src/app/App.tsx');
  });
});

describe('pageModules', () => {
  const modules = pageModulesOf(BUNDLE, ROOT, '/');

  it('gives home and Not found the shared list alone', () => {
    expect(pageModules(modules, '/')).toEqual(modules.shared);
    expect(pageModules(modules, '/no/such/page')).toEqual(modules.shared);
  });

  it('adds a post’s page chunk after the shared list', () => {
    expect(pageModules(modules, '/posts/some-post')).toEqual([...modules.shared, ...modules.byPage.post!]);
  });
});
