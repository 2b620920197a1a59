import { For, Show } from 'solid-js';
import { tagRoute } from '../../shared/data-urls.ts';
import { siteUrl } from '../site-url.ts';

/** A post's tags as links to their tag pages (plain anchors, as in PostCard: the router navigates them). */
export function TagLinks(props: { tags: string[] }) {
  return (
    <Show when={props.tags.length > 0}>
      <ul class="tag-links" aria-label="Tags">
        <For each={props.tags}>
          {(tag) => (
            <li>
              <a href={siteUrl(tagRoute(tag))}>#{tag}</a>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
