import { useNavigate } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import type { Heading } from '../../shared/post.ts';
import { postRoute } from '../../shared/data-urls.ts';
import { needsToc, tocTree } from '../reading/toc-tree.ts';
import { scrollToElement } from '../reading/scroll-to-section.ts';

/** A post's sections (h2s, with their h3s nested) when it has three or more; `current` marks the one being read. */
export function TableOfContents(props: { slug: string; headings: Heading[]; current?: string }) {
  const navigate = useNavigate();
  // Scroll here rather than leave it to the router, which jumps without focus or smoothness;
  // the hash is replaced, not pushed, so Back still leaves the post.
  const follow = (event: MouseEvent, id: string) => {
    const target = document.getElementById(id);
    if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(`/${postRoute(props.slug)}#${encodeURIComponent(id)}`, { replace: true, scroll: false });
    scrollToElement(target);
  };
  const link = (heading: Heading) => (
    <a
      href={`#${encodeURIComponent(heading.id)}`}
      aria-current={props.current === heading.id ? 'location' : undefined}
      onClick={(event) => follow(event, heading.id)}
    >
      {heading.text}
    </a>
  );
  const list = (): JSX.Element => (
    <nav class="toc" aria-label="Contents">
      <ol>
        <For each={tocTree(props.headings)}>
          {(entry) => (
            <li>
              {link(entry.heading)}
              <Show when={entry.children.length > 0}>
                <ol>
                  <For each={entry.children}>{(child) => <li>{link(child)}</li>}</For>
                </ol>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
  // Both the <details> (narrow screens) and the aside (wide) are in the markup and post-page.css shows one, so a
  // prerendered page is right at any width before any script runs.
  return (
    <Show when={needsToc(props.headings)}>
      <details class="toc-details">
        <summary>Contents</summary>
        {list()}
      </details>
      <div class="toc-aside">
        <div class="toc-aside-inner">
          <p class="toc-title" aria-hidden="true">
            Contents
          </p>
          {list()}
        </div>
      </div>
    </Show>
  );
}
