import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { PostList } from '../../components/PostList.tsx';
import { createReaderMarks } from '../../data/reader-marks.ts';
import { createBookmarkedSlugs } from '../../data/bookmark-queries.ts';
import { createTagFilter } from '../tagged-posts.data.ts';
import { usePageMeta } from '../../page-meta.ts';
import { tagSearch } from '../../tag-filter.ts';

/** Every post carrying one tag, newest first. */
export function TagPage() {
  const params = useParams<{ tag: string }>();
  // The router hands over the path segment as written in the address, still URL-encoded.
  const tag = () => safeDecode(params.tag);
  const result = createTagFilter(() => [tag()]);
  const bookmarked = createBookmarkedSlugs();
  const marks = createReaderMarks();
  usePageMeta(() => ({ title: `Posts tagged ${tag()}`, description: `Field notes tagged ${tag()}.` }));
  const count = () => result()?.count ?? 0;
  return (
    <section class="tag-page">
      <p class="eyebrow">
        <A href="/tags">Tags</A>
      </p>
      <h1 tabindex="-1">{tag()}</h1>
      <Show when={result()} fallback={<p class="loading">Loading posts…</p>}>
        {(list) => (
          <>
            <p class="lede">
              {count()} {count() === 1 ? 'post' : 'posts'} tagged {tag()}.{' '}
              <Show when={count() > 0}>
                <A href={`/${tagSearch([tag()])}`}>Combine with other tags</A>
              </Show>
            </p>
            <PostList
              posts={list().posts}
              total={count()}
              bookmarked={bookmarked()}
              marks={marks()}
              label={`Posts tagged ${tag()}`}
              empty={
                <p class="empty-list">
                  No post is tagged {tag()}. <A href="/tags">See every tag</A>.
                </p>
              }
            />
          </>
        )}
      </Show>
    </section>
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
