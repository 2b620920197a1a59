import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { FilterSummary } from '../../components/FilterSummary.tsx';
import { PostList } from '../../components/PostList.tsx';
import { TagChips } from '../../components/TagChips.tsx';
import { createBookmarkedSlugs } from '../../data/bookmark-queries.ts';
import { createTagFilter } from '../tagged-posts.data.ts';
import { usePageMeta } from '../../page-meta.ts';
import { useTagFilter } from '../../tag-filter.ts';

/** The newest posts first, narrowed by the tags selected in the URL (`/?tags=a,b`). */
export function HomePage() {
  const filter = useTagFilter();
  const result = createTagFilter(filter.selected);
  const bookmarked = createBookmarkedSlugs();
  usePageMeta(() => (filter.selected().length > 0 ? { title: `Posts tagged ${filter.selected().join(', ')}` } : {}));
  return (
    <>
      <h1 tabindex="-1">{site.title}</h1>
      <p class="lede">{site.description}</p>
      <Show when={result()} fallback={<p class="loading">Loading posts…</p>}>
        {(loaded) => (
          <>
            <Show when={loaded().tags.length > 0}>
              <TagChips tags={loaded().tags} onToggle={filter.toggle} onClear={filter.clear} />
            </Show>
            <FilterSummary shown={loaded().count} total={loaded().total} selected={loaded().selected} />
            <PostList
              posts={loaded().posts}
              total={loaded().count}
              bookmarked={bookmarked()}
              label="Posts"
              empty={
                <p class="empty-list">
                  {filter.selected().length > 0 ? 'No post carries all of these tags.' : 'No posts yet.'}
                </p>
              }
            />
          </>
        )}
      </Show>
    </>
  );
}
