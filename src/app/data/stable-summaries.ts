import type { PostSummary } from '../../shared/post.ts';

const known = new Map<string, PostSummary>();

/**
 * The same object for the same post (slug and content hash) across reads. Lists are keyed by
 * object (`<For>`), so a fresh read that returns what is already shown, such as IndexedDB taking
 * over from a prerendered page, keeps every card's DOM, and the reader's focus in it.
 */
export function stableSummaries(posts: readonly PostSummary[]): PostSummary[] {
  return posts.map((post) => {
    const previous = known.get(post.slug);
    if (previous?.hash === post.hash) return previous;
    known.set(post.slug, post);
    return post;
  });
}
