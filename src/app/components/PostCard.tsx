import { A } from '@solidjs/router';
import type { PostSummary } from '../../shared/post.ts';
import { postRoute } from '../../shared/data-urls.ts';
import { BookmarkButton } from './BookmarkButton.tsx';
import { DraftBadge } from './DraftBadge.tsx';
import { FormattedDate } from './FormattedDate.tsx';
import { TagLinks } from './TagLinks.tsx';

/** One post in a list: title link, date, reading time, summary, tags and a bookmark toggle. */
export function PostCard(props: { post: PostSummary; bookmarked: boolean }) {
  return (
    <article class="post-card">
      <h2>
        <A href={`/${postRoute(props.post.slug)}`}>{props.post.title}</A>
        <DraftBadge draft={props.post.draft} />
      </h2>
      <p class="post-meta">
        <FormattedDate iso={props.post.date} /> · {props.post.readingMinutes} min read
      </p>
      <p class="post-summary">{props.post.summary}</p>
      <div class="post-card-footer">
        <TagLinks tags={props.post.tags} />
        <BookmarkButton slug={props.post.slug} title={props.post.title} bookmarked={props.bookmarked} />
      </div>
    </article>
  );
}
