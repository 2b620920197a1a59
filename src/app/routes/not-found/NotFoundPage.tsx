import { A } from '@solidjs/router';
import { usePageMeta } from '../../page-meta.ts';

/** Shown for any address that is not a page of the site, online or offline. */
export function NotFoundPage() {
  usePageMeta(() => ({ title: 'Page not found', canonical: false }));
  return (
    <section class="not-found">
      <h1 tabindex="-1">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <A href="/">Go to the latest posts</A>
      </p>
    </section>
  );
}
