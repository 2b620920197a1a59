import type { PostSummary } from '../../shared/post.ts';

/** How many related posts a post page shows. */
export const RELATED_LIMIT = 3;

/** The posts either side of a post in time: `previous` is older, `next` is newer. */
export interface AdjacentPosts {
  previous?: PostSummary;
  next?: PostSummary;
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
  return all
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || byNewest(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The posts published just before and just after `post`, by date (ties broken by slug). */
export function adjacentPosts(post: Pick<PostSummary, 'slug'>, all: readonly PostSummary[]): AdjacentPosts {
  const oldestFirst = [...all].sort((a, b) => -byNewest(a, b));
  const index = oldestFirst.findIndex((other) => other.slug === post.slug);
  if (index === -1) return {};
  return { previous: oldestFirst[index - 1], next: oldestFirst[index + 1] };
}

// Dates are ISO strings in UTC from the build, but parse them anyway: offsets may differ.
function byNewest(a: PostSummary, b: PostSummary): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);
}
