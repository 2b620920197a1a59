import { createSignal, For, Show, type JSX } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { PostCard } from './PostCard.tsx';

/** How many posts a list shows before "Show more": enough to fill two screens. */
export const PAGE_SIZE = 20;

/**
 * A list of posts rendered a page at a time, so thousands of posts never build thousands of
 * cards at once. `empty` is shown instead of an empty list. A caller that loads posts a page at
 * a time owns the paging: it passes the posts loaded so far, the whole list's `total`, and
 * `onShowMore` to load the next page.
 */
export function PostList(props: {
  posts: PostSummary[];
  bookmarked: Set<string>;
  label: string;
  empty: JSX.Element;
  pageSize?: number;
  total?: number;
  onShowMore?: () => void;
}) {
  const [pages, setPages] = createSignal(1);
  const pageSize = () => props.pageSize ?? PAGE_SIZE;
  const shown = () => (props.onShowMore ? props.posts : props.posts.slice(0, pages() * pageSize()));
  const total = () => props.total ?? props.posts.length;
  const remaining = () => Math.max(0, total() - shown().length);
  const showMore = () => (props.onShowMore ? props.onShowMore() : setPages((n) => n + 1));
  return (
    <Show when={total() > 0} fallback={props.empty}>
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
        <button type="button" class="show-more" onClick={showMore}>
          Show {Math.min(remaining(), pageSize())} more of {remaining()} posts
        </button>
      </Show>
    </Show>
  );
}
