import type { PostSummary } from '../../shared/post.ts';
import { postRoute } from '../../shared/data-urls.ts';
import { BookmarkButton } from './BookmarkButton.tsx';
import { DraftBadge } from './DraftBadge.tsx';
import { FormattedDate } from './FormattedDate.tsx';
import { NewsBadge } from './NewsBadge.tsx';
import type { Arrival } from '../data/db.ts';
import { TagLinks } from './TagLinks.tsx';
import { siteUrl } from '../site-url.ts';

/** What the list marks on a card for this reader. */
export interface CardMarks {
  read: boolean;
  news?: Arrival['kind'];
}

/** One post in a list, with its bookmark toggle; a read post is shown quietly, a new or updated one with a badge. */
export function PostCard(props: { post: PostSummary; bookmarked: boolean; marks?: CardMarks }) {
  // Plain anchors, which the router still navigates: a card never shows an active state, and the router's <A> would add
  // memos that follow the location to every card a chip press re-renders.
  return (
    <article class="post-card" classList={{ 'is-read': props.marks?.read === true }}>
      <h2>
        <a href={siteUrl(postRoute(props.post.slug))}>{props.post.title}</a>
        <DraftBadge draft={props.post.draft} />
        <NewsBadge news={props.marks?.news} />
        {props.marks?.read && <span class="visually-hidden"> (read)</span>}
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
