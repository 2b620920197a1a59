import { Show } from 'solid-js';
import { site } from 'virtual:field-notes/content';
import { FilterSummary } from '../../components/FilterSummary.tsx';
import { PostList } from '../../components/PostList.tsx';
import { ReadingFilters } from '../../components/ReadingFilters.tsx';
import { createReaderMarks } from '../../data/reader-marks.ts';
import { TagChips } from '../../components/TagChips.tsx';
import { createBookmarkedSlugs } from '../../data/bookmark-queries.ts';
import { createTagFilter } from '../tagged-posts.data.ts';
import { usePageMeta } from '../../page-meta.ts';
import { useTagFilter } from '../../tag-filter.ts';

/** The newest posts first, narrowed by the tags selected in the URL (`/?tags=a,b`) and to unread ones (`&unread=1`). */
export function HomePage() {
  const filter = useTagFilter();
  const marks = createReaderMarks();
  const result = createTagFilter(filter.selected, undefined, () => (filter.unread() ? marks().read : undefined));
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
            <ReadingFilters
              marks={marks()}
              unread={filter.unread()}
              onUnread={filter.setUnread}
              listed={() => loaded().posts.map((post) => post.slug)}
            />
            <FilterSummary
              shown={loaded().count}
              total={loaded().total}
              selected={loaded().selected}
              unread={filter.unread()}
            />
            <PostList
              posts={loaded().posts}
              total={loaded().count}
              bookmarked={bookmarked()}
              marks={marks()}
              label="Posts"
              empty={
                <p class="empty-list">
                  {filter.unread()
                    ? 'You have read every post here.'
                    : filter.selected().length > 0
                      ? 'No post carries all of these tags.'
                      : 'No posts yet.'}
                </p>
              }
            />
          </>
        )}
      </Show>
    </>
  );
}
