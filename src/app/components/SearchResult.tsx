import { For } from 'solid-js';
import type { ExcerptPart } from '../search/excerpt.ts';
import { DraftBadge } from './DraftBadge.tsx';
import { FormattedDate } from './FormattedDate.tsx';
import { TagLinks } from './TagLinks.tsx';

/** One search result: the post's title, date, tags and the excerpt with the matched words marked. */
export function SearchResult(props: {
  url: string;
  title: string;
  date?: string;
  tags: string[];
  draft: boolean;
  excerpt: ExcerptPart[];
}) {
  return (
    <article class="search-result">
      <h2>
        <a href={props.url}>{props.title}</a>
        <DraftBadge draft={props.draft} />
      </h2>
      {props.date && (
        <p class="post-meta">
          <FormattedDate iso={props.date} />
        </p>
      )}
      <p class="search-excerpt">
        <For each={props.excerpt}>{(part) => (part.marked ? <mark>{part.text}</mark> : part.text)}</For>
      </p>
      <TagLinks tags={props.tags} />
    </article>
  );
}
