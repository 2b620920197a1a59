import { useBeforeLeave } from '@solidjs/router';
import { createEffect, createMemo, createSignal, Match, on, onCleanup, Switch, untrack } from 'solid-js';
import type { Post } from '../../../shared/post.ts';
import { saveReadingPositionOf } from '../../data/actions.ts';
import { createBookmarkedSlugs } from '../../data/bookmark-queries.ts';
import { markReadOf } from '../../data/read-actions.ts';
import { createReaderMarks } from '../../data/reader-marks.ts';
import { createPost, createPostNeighbours, createReadingPosition } from './post.data.ts';
import { syncSettled } from '../../data/runtime.ts';
import { usePageMeta } from '../../page-meta.ts';
import { sectionHeadingOf } from '../../reading/anchors.ts';
import { addCopyButtons } from '../../reading/code-copy.ts';
import { createReadingTracker } from '../../reading/reading-tracker.ts';
import { resumeTarget, type ResumeTarget } from '../../reading/resume.ts';
import { showResumeOffer } from '../../reading/resume-offer.ts';
import { scrollToElement } from '../../reading/scroll-to-section.ts';
import { MissingPost } from './MissingPost.tsx';
import { PostHeader } from '../../components/PostHeader.tsx';
import { PostNavigation } from '../../components/PostNavigation.tsx';
import { ReadingProgress } from '../../components/ReadingProgress.tsx';
import { RelatedPosts } from '../../components/RelatedPosts.tsx';
import { TableOfContents } from '../../components/TableOfContents.tsx';

/** The post's HTML, new only when its hash changes: a fresh copy from IndexedDB must not rebuild the body in use. */
function bodyOf(post: () => Post): () => string {
  // Equal by hash, not by text: the seed's copy (no HTML) and IndexedDB's (with it) are one post.
  const body = createMemo(() => ({ hash: post().hash, html: post().html }), undefined, {
    equals: (a, b) => a.hash === b.hash,
  });
  return () => body().html;
}

/** One post page for one slug: the route re-creates it when the slug changes. */
export function PostView(props: { slug: string }) {
  const slug = () => props.slug;
  const post = createPost(slug);
  const bookmarked = createBookmarkedSlugs();
  const neighbours = createPostNeighbours(slug);
  const stored = createReadingPosition(slug);
  const [body, setBody] = createSignal<HTMLElement>();
  const [resume, setResume] = createSignal<ResumeTarget>();
  const tracker = createReadingTracker(body, (anchor, progress) => {
    void saveReadingPositionOf(props.slug, anchor, progress);
  });
  // A link to another page: save and stop before the router scrolls that page to the top.
  // A link to a section of this post (same path, new hash) is still reading.
  useBeforeLeave((event) => {
    if (typeof event.to === 'number' || new URL(event.to, window.location.href).pathname !== window.location.pathname) {
      tracker.stop();
    }
  });
  // Reaching the end is reading the post: marked once a visit of the page, unless nothing would change.
  const marks = createReaderMarks();
  let reachedEnd = false;
  createEffect(() => {
    if (reachedEnd || tracker.progress() < 1) return;
    reachedEnd = true;
    const current = untrack(marks);
    if (!current.read.has(props.slug) || current.news.has(props.slug)) void markReadOf(props.slug, true);
  });
  const currentSection = createMemo(() => {
    const element = body()?.children[tracker.topBlock()];
    return element ? sectionHeadingOf(element)?.id : undefined;
  });

  usePageMeta(() => {
    const loaded = post();
    return loaded ? { title: loaded.title, description: loaded.summary, published: loaded.date } : {};
  });

  // Decided once, when both are in: saving while reading rewrites the stored position, and the offer must stay the last
  // visit's. A #hash in the URL wins over the offer.
  let decided = false;
  createEffect(
    on([body, stored], ([element, position]) => {
      if (decided || !element || position === undefined) return;
      decided = true;
      const hash = decodeURIComponent(window.location.hash.slice(1));
      const target = hash ? document.getElementById(hash) : null;
      if (target) scrollToElement(target, { smooth: false });
      else setResume(resumeTarget(element, position, untrack(post)?.headings ?? []));
    }),
  );

  const continueReading = (target: ResumeTarget) => {
    setResume(undefined);
    scrollToElement(target.element, { smooth: false });
  };
  createEffect(() => {
    const target = resume();
    showResumeOffer(
      target && {
        section: target.section,
        progress: target.progress,
        onContinue: () => continueReading(target),
        onDismiss: () => setResume(undefined),
      },
    );
  });
  onCleanup(() => showResumeOffer(undefined));

  // Until the first sync has run, a post missing from the database may simply not be stored yet.
  return (
    <Switch fallback={<p class="loading">Loading…</p>}>
      <Match when={post()}>
        {(loaded) => {
          const html = bodyOf(loaded);
          // Runs after Solid has set the body (or hydrated the prerendered one), and after each new body.
          createEffect(on([body, html], ([element]) => element && addCopyButtons(element)));
          return (
            <div class="post-layout">
              <ReadingProgress progress={tracker.progress()} />
              <article class="post">
                <PostHeader
                  post={loaded()}
                  bookmarked={bookmarked().has(loaded().slug)}
                  read={marks().read.has(loaded().slug)}
                />
                <TableOfContents slug={loaded().slug} headings={loaded().headings} current={currentSection()} />
                {/* The HTML was sanitized at build time (src/build/content/sanitize.ts). */}
                {/* eslint-disable-next-line solid/no-innerhtml */}
                <div class="post-body" ref={setBody} innerHTML={html()} />
              </article>
              <footer class="post-footer">
                <PostNavigation adjacent={neighbours()?.adjacent ?? {}} />
                <RelatedPosts posts={neighbours()?.related ?? []} />
              </footer>
            </div>
          );
        }}
      </Match>
      <Match when={post() === null && syncSettled()}>
        <MissingPost slug={props.slug} />
      </Match>
    </Switch>
  );
}
