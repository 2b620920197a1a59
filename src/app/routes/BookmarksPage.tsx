import { usePageMeta } from '../page-meta.ts';

/** TODO(issue 5): placeholder until the page is built. */
export function BookmarksPage() {
  usePageMeta(() => ({ title: 'Bookmarks' }));
  return <h1 tabindex="-1">Bookmarks</h1>;
}
