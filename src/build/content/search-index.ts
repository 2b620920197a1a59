import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Post } from '../../shared/post.ts';
import { writeFiles } from './write-files.ts';
import { SEARCH_CHUNK_RANGES, SEARCH_FOLDER, SEARCH_FRAGMENT_LIST, type FragmentList } from '../../shared/search.ts';
import { readChunkRanges } from './chunk-ranges.ts';
import { escapeHtml } from './escape.ts';

/** What the search index came to, for the build's summary line and the benchmark. */
export interface SearchIndexStats {
  files: number;
  bytes: number;
}

/** Past this many posts Pagefind bundles fragments: fewer files offline, more bytes online (bench/README.md). */
const MAX_FRAGMENT_FILES = 2000;

/** Writes Pagefind's index of every post into `outDir/pagefind/`, each post read as the page `searchPage` makes. */
export async function writeSearchIndex(
  outDir: string,
  posts: readonly Post[],
  basePath: string,
  language: string,
  { maxFragmentFiles = MAX_FRAGMENT_FILES }: { maxFragmentFiles?: number } = {},
): Promise<SearchIndexStats> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: language,
    maxFragments: maxFragmentFiles,
    // The "#" link beside each heading is for sharing a section, and the bar above a code block
    // names its language: neither is words of the post.
    excludeSelectors: ['.heading-anchor', '.code-bar'],
  });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    for (const post of posts) {
      const added = await index.addHTMLFile({ url: `${basePath}posts/${post.slug}`, content: searchPage(post) });
      if (added.errors.length) throw new Error(`search index: ${post.slug}: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`search index: ${fileErrors.join('; ')}`);
    const kept = files.filter((file) => !isUiFile(file.path));
    await writeFiles(
      path.join(outDir, SEARCH_FOLDER),
      kept.map((file) => ({ fileName: file.path, source: file.content })),
    );
    const list: FragmentList = {
      files: kept.map((file) => file.path).filter((file) => file.startsWith('fragment/')),
      posts: posts.length,
    };
    await writeFile(path.join(outDir, SEARCH_FRAGMENT_LIST), JSON.stringify(list));
    const meta = kept.find((file) => file.path.endsWith('.pf_meta'));
    if (!meta) throw new Error('search index: Pagefind wrote no metadata file');
    await writeFile(path.join(outDir, SEARCH_CHUNK_RANGES), JSON.stringify(readChunkRanges(meta.content)));
    return { files: kept.length, bytes: kept.reduce((sum, file) => sum + file.content.length, 0) };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** The post as Pagefind reads it: its title as the result's title, its tags as a filter. */
export function searchPage(post: Post): string {
  const tags = post.tags.map((tag) => `<li data-pagefind-filter="tag">${escapeHtml(tag)}</li>`).join('');
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(post.title)}</title></head><body>
<article data-pagefind-body>
<h1 data-pagefind-meta="title">${escapeHtml(post.title)}</h1>${post.draft ? '<meta data-pagefind-meta="draft:yes">' : ''}
<p data-pagefind-meta="date:${escapeHtml(post.date)}" data-pagefind-weight="2">${escapeHtml(post.summary)}</p>
<ul>${tags}</ul>
${post.html}
</article></body></html>`;
}

// Pagefind's ready-made interfaces; the app renders its own results.
function isUiFile(file: string): boolean {
  return /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file);
}
