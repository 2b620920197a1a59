import { TagWithCount } from '../../components/TagWithCount.tsx';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { tagRoute } from '../../../shared/data-urls.ts';
import { createTagList } from './tags.data.ts';
import { usePageMeta } from '../../page-meta.ts';

/** Every tag with how many posts carry it, most used first. */
export function TagsPage() {
  usePageMeta(() => ({ title: 'Tags', description: 'Every topic the field notes cover.' }));
  const tags = createTagList();
  return (
    <section class="tags-page">
      <h1 tabindex="-1">Tags</h1>
      <Show when={tags()} fallback={<p class="loading">Loading tags…</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty-list">No post has a tag yet.</p>}>
            <p class="lede">
              {list().length} topics across the notes. Pick one to read its posts, or combine several on the{' '}
              <A href="/">home page</A>.
            </p>
            <ul class="tag-index" aria-label="Tags">
              <For each={list()}>
                {(entry) => (
                  <li>
                    <A href={`/${tagRoute(entry.tag)}`}>
                      <TagWithCount tag={entry.tag} count={entry.total} class="tag-index" />
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
