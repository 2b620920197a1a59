import { usePageMeta } from '../page-meta.ts';

/** TODO(issue 5): placeholder until the page is built. */
export function TagPage() {
  usePageMeta(() => ({ title: 'Tag' }));
  return <h1 tabindex="-1">Tag</h1>;
}
