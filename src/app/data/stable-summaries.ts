import type { PostSummary } from '../../shared/post.ts';

const known = new Map<string, PostSummary>();

/** The same object for the same post (slug and hash) across reads, so lists keyed by object keep cards and focus. */
export function stableSummaries(posts: readonly PostSummary[]): PostSummary[] {
  return posts.map((post) => {
    const previous = known.get(post.slug);
    if (previous?.hash === post.hash) return previous;
    known.set(post.slug, post);
    return post;
  });
}
