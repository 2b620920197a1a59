import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { DraftBadge } from '../components/DraftBadge.tsx';
import { FormattedDate } from '../components/FormattedDate.tsx';
import { createPostSummaries } from '../data/queries.ts';

/** The newest posts first. */
export function HomePage() {
  const posts = createPostSummaries();
  return (
    <>
      <h1 tabindex="-1">{site.title}</h1>
      <p class="lede">{site.description}</p>
      <Show when={posts()} fallback={<p class="loading">Loading posts…</p>}>
        {(list) => (
          <ol class="post-list" aria-label="Posts">
            <For each={list()}>
              {(post) => (
                <li class="post-card">
                  <h2>
                    <A href={`/posts/${post.slug}`}>{post.title}</A> <DraftBadge draft={post.draft} />
                  </h2>
                  <p class="post-meta">
                    <FormattedDate iso={post.date} /> · {post.readingMinutes} min read
                  </p>
                  <p class="post-summary">{post.summary}</p>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </>
  );
}
