import type { PostSummary } from '../../shared/post.ts';
import { byCodeUnits } from './code-unit-order.ts';
import type { TagCatalog } from './tag-catalog.ts';

/** How many related posts a post page shows. */
export const RELATED_LIMIT = 3;

/** The posts either side of a post in time: `previous` is older, `next` is newer. */
export interface AdjacentPosts {
  previous?: PostSummary;
  next?: PostSummary;
}

/** What a post page shows around the post: previous and next, and related posts. */
export interface PostNeighbours {
  adjacent: AdjacentPosts;
  related: PostSummary[];
}

/** Any post's neighbours by slug, from an index built once over every post. */
export interface RelatedIndex {
  /** Posts sharing a tag, most shared first (a tag another post lists twice counts twice), then newest; or none. */
  related(slug: string, limit?: number): PostSummary[];
  /** The posts published just before and after it (by date, then slug), and its related posts. */
  neighbours(slug: string): PostNeighbours;
}

/** The neighbours of a catalog's posts, for the post page and the prerenderer (which asks once per post page). */
export function buildRelatedIndex(catalog: Pick<TagCatalog, 'summaries' | 'postsWithTag'>): RelatedIndex {
  // Every post is a number (its place, newest first), so a page costs one counting pass over its tags' posts only.
  const byRank = [...catalog.summaries].sort(byNewest);
  const rankOf = new Map<string, number>();
  for (let rank = 0; rank < byRank.length; rank++) rankOf.set(byRank[rank]!.slug, rank);
  // A tag's posts as numbers, converted when first asked for: the post page asks for a few tags
  // only, and is rebuilt each time the catalog changes during a sync.
  const lists = new Map<string, number[]>();
  const ranksWith = (tag: string) => {
    let list = lists.get(tag);
    if (!list) lists.set(tag, (list = (catalog.postsWithTag.get(tag) ?? []).map((slug) => rankOf.get(slug)!)));
    return list;
  };
  const shared = new Uint16Array(byRank.length);

  function related(slug: string, limit = RELATED_LIMIT): PostSummary[] {
    const self = rankOf.get(slug);
    if (self === undefined) return [];
    const touched: number[] = [];
    for (const tag of new Set(byRank[self]!.tags))
      for (const rank of ranksWith(tag)) if (shared[rank]!++ === 0) touched.push(rank);
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
  }

  return {
    related,
    neighbours(slug) {
      const self = rankOf.get(slug);
      if (self === undefined) return { adjacent: {}, related: [] };
      return { adjacent: { previous: byRank[self + 1], next: byRank[self - 1] }, related: related(slug) };
    },
  };
}

// The build's dates are ISO strings in UTC, but offsets may differ, so they are parsed. Once per post, as sorting
// compares the same dates over and over.
const times = new WeakMap<PostSummary, number>();

function timeOf(post: PostSummary): number {
  let time = times.get(post);
  if (time === undefined) times.set(post, (time = Date.parse(post.date)));
  return time;
}

function byNewest(a: PostSummary, b: PostSummary): number {
  return timeOf(b) - timeOf(a) || byCodeUnits(a.slug, b.slug);
}
