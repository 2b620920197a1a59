import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { PostView } from '../components/PostView.tsx';

/**
 * One post. Keyed on the slug: going from one post to the next through its links keeps this
 * route mounted, but the reading position, resume offer and scroll tracking belong to one post.
 */
export function PostPage() {
  const params = useParams<{ slug: string }>();
  return (
    <Show when={params.slug} keyed>
      {(slug) => <PostView slug={slug} />}
    </Show>
  );
}
