import { Show } from 'solid-js';

/** Says how many posts a tag or unread filter leaves, politely, so screen readers hear each change. */
export function FilterSummary(props: { shown: number; total: number; selected: string[]; unread?: boolean }) {
  const noun = (n: number) => (n === 1 ? 'post' : 'posts');
  return (
    <p class="filter-summary" role="status">
      <Show when={props.selected.length > 0 || props.unread}>
        {props.shown} {props.unread ? 'unread ' : ''}of {props.total} {noun(props.total)}
        {props.selected.length > 0 ? ` tagged ${props.selected.join(' and ')}` : ''}
      </Show>
    </p>
  );
}
