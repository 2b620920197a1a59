import { byCodeUnits } from './code-unit-order.ts';
import type { PostSummary } from '../../shared/post.ts';

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

/**
 * Posts sharing at least one tag with `post`, most shared tags first, then newest first.
 * Posts sharing no tag are left out, so the result may be empty.
 */
export function relatedPosts(
  post: Pick<PostSummary, 'slug' | 'tags'>,
  all: readonly PostSummary[],
  limit = RELATED_LIMIT,
): PostSummary[] {
  const tags = new Set(post.tags);
  // One pass keeping the best few: sorting every post that shares a tag costs thousands of
  // comparisons per page on a large blog (the prerenderer does this for every post).
  const best: { other: PostSummary; shared: number }[] = [];
  for (const other of all) {
    if (other.slug === post.slug) continue;
    let shared = 0;
    for (const tag of other.tags) if (tags.has(tag)) shared++;
    const worst = best[limit - 1];
    if (shared === 0 || (worst && shared < worst.shared)) continue;
    const candidate = { other, shared };
    const at = best.findIndex((kept) => rank(candidate, kept) < 0);
    if (at === -1) {
      if (best.length < limit) best.push(candidate);
    } else {
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
  }
  return best.map(({ other }) => other);
}

function rank(a: { other: PostSummary; shared: number }, b: { other: PostSummary; shared: number }): number {
  return b.shared - a.shared || byNewest(a.other, b.other);
}

/** The posts published just before and just after `post`, by date (ties broken by slug). */
export function adjacentPosts(post: Pick<PostSummary, 'slug'>, all: readonly PostSummary[]): AdjacentPosts {
  return adjacentIn(oldestFirst(all), post.slug);
}

/** Posts in publication order, oldest first: sort once, then look up many. */
export function oldestFirst(all: readonly PostSummary[]): PostSummary[] {
  return [...all].sort((a, b) => -byNewest(a, b));
}

/** The neighbours of `slug` in a list already `oldestFirst`. */
function adjacentIn(sorted: readonly PostSummary[], slug: string): AdjacentPosts {
  const index = sorted.findIndex((other) => other.slug === slug);
  if (index === -1) return {};
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

// Dates are ISO strings in UTC from the build, but parse them anyway: offsets may differ. Each
// post's is parsed once: ranking thousands of posts compares the same dates over and over.
const times = new WeakMap<PostSummary, number>();

function timeOf(post: PostSummary): number {
  let time = times.get(post);
  if (time === undefined) times.set(post, (time = Date.parse(post.date)));
  return time;
}

function byNewest(a: PostSummary, b: PostSummary): number {
  return timeOf(b) - timeOf(a) || byCodeUnits(a.slug, b.slug);
}
