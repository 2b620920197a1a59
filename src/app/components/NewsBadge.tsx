import { Show } from 'solid-js';
import type { Arrival } from '../data/db.ts';

/** "New" or "Updated": the post arrived so, or changed, since the reader's last visit. */
export function NewsBadge(props: { news: Arrival['kind'] | undefined }) {
  return (
    <Show when={props.news}>{(news) => <span class="news-badge">{news() === 'new' ? 'New' : 'Updated'}</span>}</Show>
  );
}
