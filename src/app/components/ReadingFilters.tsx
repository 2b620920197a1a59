import { Show } from 'solid-js';
import type { ReaderMarks } from '../data/reader-marks.ts';
import { canSaveReaderData } from '../data/actions.ts';
import { markAllReadOf } from '../data/read-actions.ts';
import { formatLocalDate } from '../format.ts';

/** Above the home list: what is new since the last visit, the "Unread only" filter and "Mark all as read". */
export function ReadingFilters(props: {
  marks: ReaderMarks;
  unread: boolean;
  onUnread: (unread: boolean) => void;
  listed: () => readonly string[];
}) {
  const unreadListed = () => props.listed().filter((slug) => !props.marks.read.has(slug));
  return (
    <div class="reading-filters">
      <Show when={newsLine(props.marks)}>{(line) => <p class="news-summary">{line()}</p>}</Show>
      <div class="reading-filter-buttons">
        <button type="button" aria-pressed={props.unread} onClick={() => props.onUnread(!props.unread)}>
          Unread only
        </button>
        <button
          type="button"
          disabled={!canSaveReaderData() || unreadListed().length === 0}
          onClick={() => void markAllReadOf(unreadListed())}
        >
          Mark all as read
        </button>
      </div>
    </div>
  );
}

/** "3 new posts and 1 updated since November 12, 2026", or undefined when there is no news. */
export function newsLine(marks: ReaderMarks): string | undefined {
  const kinds = [...marks.news.values()];
  const added = kinds.filter((kind) => kind === 'new').length;
  const updated = kinds.length - added;
  if (kinds.length === 0) return undefined;
  const parts = [
    ...(added ? [`${added} new ${added === 1 ? 'post' : 'posts'}`] : []),
    ...(updated ? [`${updated} updated`] : []),
  ];
  const since = marks.since === undefined ? '' : ` since ${formatLocalDate(marks.since)}`;
  return `${parts.join(' and ')}${since}`;
}
