import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { usePageMeta } from '../../page-meta.ts';

/** Shown at the address of a post that was published and has since been taken down, named when its title is known. */
export function TakenDownPage(props: { title: string | undefined }) {
  usePageMeta(() => ({ title: 'Post taken down', canonical: false }));
  return (
    <section class="not-found">
      <h1 tabindex="-1">This post was taken down</h1>
      <p>
        <Show when={props.title} fallback="The post that was at this address">
          {(title) => <cite>{title()}</cite>}
        </Show>{' '}
        is no longer published on this site.
      </p>
      <p>
        <A href="/">Go to the latest posts</A>
      </p>
    </section>
  );
}
