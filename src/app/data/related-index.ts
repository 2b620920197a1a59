import type { PostSummary } from '../../shared/post.ts';
import { oldestFirst, RELATED_LIMIT } from './related-posts.ts';

/** Related posts of any post by slug, from an index built once over every post. */
export interface RelatedIndex {
  related(slug: string, limit?: number): PostSummary[];
}

/**
 * What `relatedPosts` gives for each post, for the prerenderer, which asks it once per post page.
 * `relatedPosts` compares a post with every other one, which is fine for one page in a browser
 * but made ten thousand pages quadratic: here every post is a number (its place, newest first)
 * and each tag a list of those numbers, so a page costs one counting pass over its tags' lists.
 */
export function buildRelatedIndex(all: readonly PostSummary[]): RelatedIndex {
  // Newest first, in `relatedPosts`' own order (date, then slug), so a smaller number ranks first.
  const byRank = oldestFirst(all).reverse();
  const rankOf = new Map(byRank.map((post, rank) => [post.slug, rank]));
  const lists = new Map<string, number[]>();
  // A post listed once per time it carries a tag, as `relatedPosts` counts it.
  for (const [rank, post] of byRank.entries())
    for (const tag of post.tags) {
      const list = lists.get(tag);
      if (list) list.push(rank);
      else lists.set(tag, [rank]);
    }
  const shared = new Uint16Array(byRank.length);

  return {
    related(slug, limit = RELATED_LIMIT) {
      const self = rankOf.get(slug);
      if (self === undefined) return [];
      const touched: number[] = [];
      for (const tag of new Set(byRank[self]!.tags))
        for (const rank of lists.get(tag) ?? []) if (shared[rank]!++ === 0) touched.push(rank);
      // The best `limit` by shared tags, then rank: a few comparisons per candidate, no sort.
      const best: number[] = [];
      const ahead = (a: number, b: number) => shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
      for (const rank of touched) {
        if (rank === self) continue;
        const at = best.findIndex((kept) => ahead(rank, kept));
        if (at !== -1) best.splice(at, 0, rank);
        else if (best.length < limit) best.push(rank);
        if (best.length > limit) best.pop();
      }
      const result = best.map((rank) => byRank[rank]!);
      for (const rank of touched) shared[rank] = 0;
      return result;
    },
  };
}
