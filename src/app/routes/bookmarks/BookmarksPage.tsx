import { Show } from 'solid-js';
import { EmptyBookmarks } from '../../components/EmptyBookmarks.tsx';
import { FilterSummary } from '../../components/FilterSummary.tsx';
import { PostList } from '../../components/PostList.tsx';
import { createReaderMarks } from '../../data/reader-marks.ts';
import { ReadingFileTools } from '../../components/ReadingFileTools.tsx';
import { TagChips } from '../../components/TagChips.tsx';
import { UnavailableBookmarks } from '../../components/UnavailableBookmarks.tsx';
import { createBookmarksView } from './bookmarks.data.ts';
import { usePageMeta } from '../../page-meta.ts';
import { useTagFilter } from '../../tag-filter.ts';
// The page's own styles come with its chunk; the build inlines them into its prerendered page.
import '../../styles/bookmarks.css';
import '../../styles/reading-file.css';

/** Bookmarked posts, most recently bookmarked first, filterable by tag, with the export and import of your reading. */
export function BookmarksPage() {
  usePageMeta(() => ({ title: 'Bookmarks', description: 'Posts you bookmarked, saved on this device.' }));
  const filter = useTagFilter();
  const view = createBookmarksView(filter.selected);
  const bookmarked = () => new Set(view()?.posts.map((post) => post.slug));
  const marks = createReaderMarks();
  return (
    <section class="bookmarks-page">
      <h1 tabindex="-1">Bookmarks</h1>
      <Show when={view()} fallback={<p class="loading">Loading bookmarks…</p>}>
        {(loaded) => (
          <>
            <p class="lede">
              {loaded().total === 0
                ? 'Posts you bookmark are kept here, on this device, for reading offline.'
                : `${loaded().total} ${loaded().total === 1 ? 'post' : 'posts'} saved on this device, most recent first.`}
            </p>
            <Show when={loaded().total > 0} fallback={<EmptyBookmarks />}>
              <Show when={loaded().tags.length > 1 || filter.selected().length > 0}>
                <TagChips tags={loaded().tags} onToggle={filter.toggle} onClear={filter.clear} />
              </Show>
              <FilterSummary
                shown={loaded().posts.length}
                total={loaded().total - loaded().unavailable.length}
                selected={filter.selected()}
              />
              <PostList
                posts={loaded().posts}
                bookmarked={bookmarked()}
                marks={marks()}
                label="Bookmarked posts"
                empty={
                  filter.selected().length > 0 ? (
                    <p class="empty-list">No bookmarked post carries all of these tags.</p>
                  ) : undefined
                }
              />
              <UnavailableBookmarks bookmarks={loaded().unavailable} />
            </Show>
            <ReadingFileTools />
          </>
        )}
      </Show>
    </section>
  );
}
