import { createSignal, For, Show, type JSX } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { firstWindow, fitWindow, MAX_RENDERED, PAGE_SIZE, showEarlier, showMore } from '../list-window.ts';
import { formatCount } from '../format.ts';
import type { ReaderMarks } from '../data/reader-marks.ts';
import { PostCard } from './PostCard.tsx';

/** Posts shown a window of pages at a time, so many "Show more" presses cost what one does; `empty` when none. */
export function PostList(props: {
  posts: PostSummary[];
  bookmarked: Set<string>;
  /** What the reader has read, and what is new since their last visit. */
  marks: ReaderMarks;
  label: string;
  empty: JSX.Element;
  pageSize?: number;
  maxRendered?: number;
  /** How many posts the list has, when `posts` holds only the first of them (a prerendered page). */
  total?: number;
}) {
  const pageSize = () => props.pageSize ?? PAGE_SIZE;
  const max = () => props.maxRendered ?? MAX_RENDERED;
  const [requested, setRequested] = createSignal(firstWindow(pageSize()));
  const range = () => fitWindow(requested(), props.posts.length, pageSize());
  const shown = () => props.posts.slice(range().start, range().end);
  const total = () => Math.max(props.total ?? 0, props.posts.length);
  const remaining = () => total() - range().end;
  // A prerendered page holds its first page only, until the stored posts take over (a first
  // visit's sync): a press meanwhile is kept, and its page shows as soon as the posts are in.
  const waiting = () => requested().end > props.posts.length && props.posts.length < total();
  return (
    <Show when={total() > 0} fallback={props.empty}>
      <Show when={range().start > 0}>
        <p class="list-window-note">
          Posts {formatCount(range().start + 1)} to {formatCount(range().end)} of {formatCount(total())}.{' '}
          <button
            type="button"
            class="show-earlier"
            onClick={() => setRequested(showEarlier(range(), pageSize(), max()))}
          >
            Show {Math.min(range().start, pageSize())} earlier posts
          </button>
        </p>
      </Show>
      <ol class="post-list" aria-label={props.label} start={range().start + 1}>
        <For each={shown()}>
          {(post) => (
            <li>
              <PostCard
                post={post}
                bookmarked={props.bookmarked.has(post.slug)}
                marks={{ read: props.marks.read.has(post.slug), news: props.marks.news.get(post.slug) }}
              />
            </li>
          )}
        </For>
      </ol>
      <Show when={remaining() > 0}>
        <button
          type="button"
          class="show-more"
          aria-disabled={waiting()}
          onClick={() => {
            if (!waiting()) setRequested(showMore(range(), total(), pageSize(), max()));
          }}
        >
          {waiting()
            ? 'Loading more posts…'
            : `Show ${Math.min(remaining(), pageSize())} more of ${formatCount(remaining())} posts`}
        </button>
      </Show>
    </Show>
  );
}
