import { A } from '@solidjs/router';
import { site } from 'virtual:field-notes/content';

/** Links to the offline panel and the feeds. */
export function SiteFooter() {
  const base = import.meta.env.BASE_URL;
  return (
    <footer id="site-footer" class="site-footer">
      <p>{site.description}</p>
      <nav aria-label="Footer">
        <A href="/offline">Offline &amp; storage</A>
        <a href={`${base}feed.xml`}>RSS feed</a>
        <a href={`${base}atom.xml`}>Atom feed</a>
      </nav>
    </footer>
  );
}
