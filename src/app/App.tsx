import { Route, Router } from '@solidjs/router';
import { createResource, For, Show, type ParentProps } from 'solid-js';
import { useParams } from '@solidjs/router';
import { site } from 'virtual:field-notes/content';
import { fetchIndex, fetchPost } from './data/content-source.ts';

function Layout(props: ParentProps) {
  return (
    <>
      <header>
        <a href={import.meta.env.BASE_URL}>{site.title}</a>
      </header>
      <main id="content">{props.children}</main>
    </>
  );
}

function Home() {
  const [index] = createResource(fetchIndex);
  return (
    <>
      <h1>{site.title}</h1>
      <Show when={index()}>
        {(loaded) => (
          <ul>
            <For each={loaded().posts}>
              {(post) => (
                <li>
                  <a href={`${import.meta.env.BASE_URL}posts/${post.slug}`}>{post.title}</a>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </>
  );
}

function PostPage() {
  const params = useParams<{ slug: string }>();
  const [post] = createResource(
    () => params.slug,
    async (slug) => {
      const index = await fetchIndex();
      const summary = index.posts.find((candidate) => candidate.slug === slug);
      return summary ? fetchPost(summary) : undefined;
    },
  );
  return (
    <Show when={post()} fallback={<p>Loading…</p>}>
      {(loaded) => (
        <article>
          <h1>{loaded().title}</h1>
          {/* The HTML was sanitized at build time (src/build/sanitize.ts). */}
          {/* eslint-disable-next-line solid/no-innerhtml */}
          <div innerHTML={loaded().html} />
        </article>
      )}
    </Show>
  );
}

/** The page shell and its routes. */
export function App() {
  return (
    <Router root={Layout} base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <Route path="/" component={Home} />
      <Route path="/posts/:slug" component={PostPage} />
    </Router>
  );
}
