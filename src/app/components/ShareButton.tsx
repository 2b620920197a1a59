import { createSignal, onCleanup, Show } from 'solid-js';
import { postRoute } from '../../shared/data-urls.ts';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; url: string };

/** How long "Link copied" stays on screen. */
const CONFIRMATION_MS = 4000;

/** The absolute URL of a post page, under the site's base path. */
export function postUrl(slug: string): string {
  return new URL(`${import.meta.env.BASE_URL}${postRoute(slug)}`, window.location.origin).href;
}

/** Shares a post through the system share sheet, else copies its link; if the clipboard refuses, shows the link. */
export function ShareButton(props: { slug: string; title: string }) {
  const [outcome, setOutcome] = createSignal<Outcome>({ kind: 'idle' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const refusedUrl = () => {
    const current = outcome();
    return current.kind === 'refused' ? current.url : undefined;
  };

  const share = async () => {
    const url = postUrl(props.slug);
    const data = { title: props.title, url };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The reader closed the share sheet: that is an answer, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
      clearTimeout(timer);
      timer = setTimeout(() => setOutcome({ kind: 'idle' }), CONFIRMATION_MS);
    } catch {
      clearTimeout(timer);
      setOutcome({ kind: 'refused', url });
    }
  };

  return (
    <span class="share">
      <button type="button" class="share-button" onClick={() => void share()}>
        <svg class="share-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
        </svg>
        <span>Share</span>
      </button>
      <span class="share-status" role="status" aria-live="polite">
        <Show when={outcome().kind === 'copied'}>Link copied</Show>
        <Show when={refusedUrl()}>
          {(url) => (
            <>
              Could not copy the link. Copy it from here:{' '}
              <input
                class="share-url"
                type="text"
                readonly
                aria-label="Link to this post"
                value={url()}
                onFocus={(event) => event.currentTarget.select()}
              />
            </>
          )}
        </Show>
      </span>
    </span>
  );
}
