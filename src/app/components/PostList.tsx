import { createSignal, For, Show, type JSX } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { PostCard } from './PostCard.tsx';

/** How many posts a list shows before "Show more": enough to fill two screens. */
export const PAGE_SIZE = 20;

/**
 * A list of posts rendered a page at a time, so thousands of posts never build thousands of
 * cards at once. `empty` is shown instead of an empty list.
 */
export function PostList(props: {
  posts: PostSummary[];
  bookmarked: Set<string>;
  label: string;
  empty: JSX.Element;
  pageSize?: number;
}) {
  const [pages, setPages] = createSignal(1);
  const limit = () => pages() * (props.pageSize ?? PAGE_SIZE);
  const shown = () => props.posts.slice(0, limit());
  const remaining = () => props.posts.length - shown().length;
  return (
    <Show when={props.posts.length > 0} fallback={props.empty}>
      <ol class="post-list" aria-label={props.label}>
        <For each={shown()}>
          {(post) => (
            <li>
              <PostCard post={post} bookmarked={props.bookmarked.has(post.slug)} />
            </li>
          )}
        </For>
      </ol>
      <Show when={remaining() > 0}>
        <button type="button" class="show-more" onClick={() => setPages((n) => n + 1)}>
          Show {Math.min(remaining(), props.pageSize ?? PAGE_SIZE)} more of {remaining()} posts
        </button>
      </Show>
    </Show>
  );
}
