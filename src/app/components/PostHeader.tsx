import { Show } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { BookmarkButton } from './BookmarkButton.tsx';
import { DraftBadge } from './DraftBadge.tsx';
import { FormattedDate } from './FormattedDate.tsx';
import { ReadToggle } from './ReadToggle.tsx';
import { ShareButton } from './ShareButton.tsx';
import { TagLinks } from './TagLinks.tsx';

/** The top of a post: its title, dates, reading time, tags, and the bookmark, read and share buttons. */
export function PostHeader(props: { post: PostSummary; bookmarked: boolean; read: boolean }) {
  return (
    <header class="post-header">
      <h1 tabindex="-1">{props.post.title}</h1>
      <DraftBadge draft={props.post.draft} />
      <p class="post-meta">
        <FormattedDate iso={props.post.date} />
        <Show when={props.post.updated}>
          {(updated) => (
            <>
              <span aria-hidden="true"> · </span>
              <span class="post-updated">
                Updated <FormattedDate iso={updated()} />
              </span>
            </>
          )}
        </Show>
        <span aria-hidden="true"> · </span>
        {props.post.readingMinutes} min read
      </p>
      <TagLinks tags={props.post.tags} />
      <div class="post-actions">
        <BookmarkButton slug={props.post.slug} title={props.post.title} bookmarked={props.bookmarked} />
        <ReadToggle slug={props.post.slug} title={props.post.title} read={props.read} />
        <ShareButton slug={props.post.slug} title={props.post.title} />
      </div>
    </header>
  );
}
