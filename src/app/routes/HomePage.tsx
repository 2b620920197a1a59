import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { PostList } from '../components/PostList.tsx';
import { createBookmarkedSlugs, createPostSummaries } from '../data/queries.ts';
import { usePageMeta } from '../page-meta.ts';

/** The newest posts first. */
export function HomePage() {
  const posts = createPostSummaries();
  const bookmarked = createBookmarkedSlugs();
  usePageMeta(() => ({}));
  return (
    <>
      <h1 tabindex="-1">{site.title}</h1>
      <p class="lede">{site.description}</p>
      <Show when={posts()} fallback={<p class="loading">Loading posts…</p>}>
        {(list) => <PostList posts={list()} bookmarked={bookmarked()} label="Posts" empty={<p>No posts yet.</p>} />}
      </Show>
    </>
  );
}
