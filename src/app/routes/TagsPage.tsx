import { usePageMeta } from '../page-meta.ts';

/** TODO(issue 5): placeholder until the page is built. */
export function TagsPage() {
  usePageMeta(() => ({ title: 'Tags' }));
  return <h1 tabindex="-1">Tags</h1>;
}
