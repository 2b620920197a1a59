import { Match, Switch } from 'solid-js';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { TakenDownPage } from '../not-found/TakenDownPage.tsx';
import { createTakenDownPost } from './post.data.ts';

/** A post address with no stored post: "taken down" if this device knew the post, else Not found. */
export function MissingPost(props: { slug: string }) {
  const takenDown = createTakenDownPost(() => props.slug);
  return (
    <Switch fallback={<p class="loading">Loading…</p>}>
      <Match when={takenDown()}>{(post) => <TakenDownPage title={post().title} />}</Match>
      <Match when={takenDown() === null}>
        <NotFoundPage />
      </Match>
    </Switch>
  );
}
