// Which of Pagefind's index chunks a query's words reach. Pagefind 1.6 loads only the chunk where a typed word sorts,
// so `ma` would miss `manual` in the next chunk and counts would grow as other searches load more.
import type { IndexChunkRanges } from '../../shared/search.ts';

/** The chunks that may hold a word beginning with `prefix`. */
export function chunksReaching(ranges: IndexChunkRanges, prefix: string): number[] {
  const reached: number[] = [];
  // A chunk runs from its first word to the next chunk's first. Bounds may be cut short (`cin` for `cinder`), so the
  // last chunk's last word stands for every word it begins.
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
