// Which of Pagefind's index chunks a query's words reach. Pagefind 1.6 loads only the chunk where
// a typed word would sort, so `ma` would miss `manual` when it sits in the next chunk, and the
// count would grow as other searches loaded more chunks; the page loads the rest first.
import type { IndexChunkRanges } from '../../shared/search.ts';

/**
 * The chunks that may hold a word beginning with `prefix`. A chunk holds the words from its first
 * up to the next chunk's first. Its bounds may be cut short (`cin` for `cinder`), still sorting
 * between the chunks, so the last chunk's last word stands for every word it begins.
 */
export function chunksReaching(ranges: IndexChunkRanges, prefix: string): number[] {
  const reached: number[] = [];
  ranges.forEach(([from, to], chunk) => {
    const next = ranges[chunk + 1]?.[0];
    const endsAfter = next === undefined ? to >= prefix.slice(0, to.length) : next > prefix;
    if (from.slice(0, prefix.length) <= prefix && endsAfter) reached.push(chunk);
  });
  return reached;
}

/** The words of a query as Pagefind matches them, each as a prefix; none for a quoted phrase, matched word for word. */
export function prefixWords(query: string): string[] {
  if (/^\s*".+"\s*$/.test(query)) return [];
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[\p{P}\p{S}]/gu, ''))
    .filter(Boolean);
}
