import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { PostView } from './PostView.tsx';
// A post's own styles come with its chunk; the build inlines them into each post's page.
import '../../styles/prose.css';
import '../../styles/code.css';
import '../../styles/post-page.css';
import '../../styles/toc.css';

/** One post, keyed on the slug: the route stays mounted from post to post, but reading state belongs to one post. */
export function PostPage() {
  const params = useParams<{ slug: string }>();
  return (
    <Show when={params.slug} keyed>
      {(slug) => <PostView slug={slug} />}
    </Show>
  );
}
