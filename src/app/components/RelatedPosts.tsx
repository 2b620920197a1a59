import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { postRoute } from '../../shared/data-urls.ts';
import { FormattedDate } from './FormattedDate.tsx';

/** "Related posts", ranked elsewhere; renders nothing at all when there are none. */
export function RelatedPosts(props: { posts: PostSummary[] }) {
  return (
    <Show when={props.posts.length > 0}>
      <section class="related-posts" aria-labelledby="related-posts-title">
        <h2 id="related-posts-title">Related posts</h2>
        <ul>
          <For each={props.posts}>
            {(post) => (
              <li>
                <A href={`/${postRoute(post.slug)}`}>{post.title}</A>
                <p class="post-meta">
                  <FormattedDate iso={post.date} /> · {post.readingMinutes} min read
                </p>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
