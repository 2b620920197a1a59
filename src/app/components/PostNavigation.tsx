import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { postRoute } from '../../shared/data-urls.ts';
import type { AdjacentPosts } from '../data/related-index.ts';

/** Links to the post published before this one and the one after, when there are any. */
export function PostNavigation(props: { adjacent: AdjacentPosts }) {
  return (
    <Show when={props.adjacent.previous ?? props.adjacent.next}>
      <nav class="post-navigation" aria-label="Previous and next posts">
        <Show when={props.adjacent.previous}>
          {(previous) => (
            <A class="post-navigation-link previous" href={`/${postRoute(previous().slug)}`} rel="prev">
              <span class="post-navigation-label">Previous post</span>
              <span class="post-navigation-title">{previous().title}</span>
            </A>
          )}
        </Show>
        <Show when={props.adjacent.next}>
          {(next) => (
            <A class="post-navigation-link next" href={`/${postRoute(next().slug)}`} rel="next">
              <span class="post-navigation-label">Next post</span>
              <span class="post-navigation-title">{next().title}</span>
            </A>
          )}
        </Show>
      </nav>
    </Show>
  );
}
