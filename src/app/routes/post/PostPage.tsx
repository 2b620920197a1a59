import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { PostView } from './PostView.tsx';
// A post's own styles come with its chunk; the build inlines them into each post's page.
import '../../styles/prose.css';
import '../../styles/code.css';
import '../../styles/post-page.css';
import '../../styles/toc.css';

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
