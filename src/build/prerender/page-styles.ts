import type { Rollup } from 'vite';
import { LAZY_PAGES, lazyPageFor, type LazyPage } from '../../shared/lazy-pages.ts';
import { bundleChunks, lazyPageModule } from './bundle-chunks.ts';

/** The styles pages inline: the entry's, and each lazy page's own (bench/README.md, "Speed tricks re-justified"). */
export interface PageStyles {
  shared: string;
  /** Only on its own page: when the app loads another page's chunk, Vite links that chunk's stylesheet first. */
  byPage: Partial<Record<LazyPage, string>>;
}

/** Reads the page styles out of the client bundle. */
export function pageStylesOf(bundle: Rollup.OutputBundle, root: string): PageStyles {
  const { entry, chunkOf } = bundleChunks(bundle, root);
  const cssText = (fileName: string): string => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset') throw new Error(`prerender: the bundle has no stylesheet ${fileName}`);
    return String(asset.source);
  };
  const shared = cssFilesOf(entry, bundle);
  const byPage: PageStyles['byPage'] = {};
  for (const page of LAZY_PAGES) {
    const own = cssFilesOf(chunkOf(lazyPageModule(page)), bundle).filter((file) => !shared.includes(file));
    if (own.length > 0) byPage[page] = own.map(cssText).join('');
  }
  return { shared: shared.map(cssText).join(''), byPage };
}

/** The styles the page at `appPath` (without the base path) inlines. */
export function pageCss(styles: PageStyles, appPath: string): string {
  const page = lazyPageFor(appPath);
  return styles.shared + ((page && styles.byPage[page]) ?? '');
}

/** Every distinct stylesheet a page may inline, for the Content-Security-Policy's hashes. */
export function everyPageCss(styles: PageStyles): string[] {
  return [styles.shared, ...Object.values(styles.byPage).map((own) => styles.shared + own)];
}

/** The stylesheets a chunk and its static imports bring, imports first. */
function cssFilesOf(chunk: Rollup.OutputChunk, bundle: Rollup.OutputBundle, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const files: string[] = [];
  for (const imported of chunk.imports) {
    const file = bundle[imported];
    if (file?.type === 'chunk') files.push(...cssFilesOf(file, bundle, seen));
  }
  files.push(...(chunk.viteMetadata?.importedCss ?? []));
  return [...new Set(files)];
}
