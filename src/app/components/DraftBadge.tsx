import { Show } from 'solid-js';

/** Marks a draft; drafts only exist in `npm run dev` and in builds made with DRAFTS=1. */
export function DraftBadge(props: { draft: boolean }) {
  return (
    <Show when={props.draft}>
      <span class="draft-badge">Draft</span>
    </Show>
  );
}
