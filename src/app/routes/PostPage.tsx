import { useParams } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { DraftBadge } from '../components/DraftBadge.tsx';
import { FormattedDate } from '../components/FormattedDate.tsx';
import { createPost } from '../data/queries.ts';
import { syncStatus } from '../data/runtime.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { usePageMeta } from '../page-meta.ts';

/** One post, read from the database. */
export function PostPage() {
  const params = useParams<{ slug: string }>();
  const post = createPost(() => params.slug);
  // Until the first sync has run, a post missing from the database may simply not be stored yet.
  usePageMeta(() => {
    const loaded = post();
    return loaded ? { title: loaded.title, description: loaded.summary } : {};
  });
  const settled = () => syncStatus().state === 'done' || syncStatus().state === 'failed';
  return (
    <Switch fallback={<p class="loading">Loading…</p>}>
      <Match when={post()}>
        {(loaded) => (
          <article class="post">
            <header>
              <h1 tabindex="-1">{loaded().title}</h1>
              <DraftBadge draft={loaded().draft} />
              <p class="post-meta">
                <FormattedDate iso={loaded().date} /> · {loaded().readingMinutes} min read
              </p>
            </header>
            {/* The HTML was sanitized at build time (src/build/sanitize.ts). */}
            {/* eslint-disable-next-line solid/no-innerhtml */}
            <div class="post-body" innerHTML={loaded().html} />
          </article>
        )}
      </Match>
      <Match when={post() === null && settled()}>
        <NotFoundPage />
      </Match>
    </Switch>
  );
}
