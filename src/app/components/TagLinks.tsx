import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { tagRoute } from '../../shared/data-urls.ts';

/** A post's tags as links to their tag pages. */
export function TagLinks(props: { tags: string[] }) {
  return (
    <Show when={props.tags.length > 0}>
      <ul class="tag-links" aria-label="Tags">
        <For each={props.tags}>
          {(tag) => (
            <li>
              <A href={`/${tagRoute(tag)}`}>#{tag}</A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
