import { TagWithCount } from './TagWithCount.tsx';
import { createSignal, createUniqueId, Index, Show } from 'solid-js';
import { chipsToShow, CHIPS_SHOWN, type TagFacet } from '../data/tags.ts';

/** Tag filter chips: toggle buttons whose names carry the count the list would have with that tag selected too. */
export function TagChips(props: { tags: TagFacet[]; onToggle: (tag: string) => void; onClear: () => void }) {
  const labelId = createUniqueId();
  const listId = createUniqueId();
  const [expanded, setExpanded] = createSignal(false);
  const anySelected = () => props.tags.some((facet) => facet.selected);
  // The most used tags first, the rest behind "Show all tags", so hundreds of tags keep a calm (and small) home page.
  const shown = () => chipsToShow(props.tags, expanded());
  return (
    <div class="tag-chips" role="group" aria-labelledby={labelId}>
      <div class="tag-chips-head">
        <span id={labelId} class="tag-chips-label">
          Filter by tag
        </span>
        <Show when={anySelected()}>
          <button type="button" class="tag-chips-clear" onClick={() => props.onClear()}>
            Clear <span class="visually-hidden">selected tags</span>
          </button>
        </Show>
      </div>
      <ul class="tag-chip-list" id={listId}>
        {/* Chips keep their order whatever the selection, so <Index> keeps each button and only
            updates its count and state in place: a press re-renders no chip. */}
        <Index each={shown()}>
          {(facet) => (
            <li>
              <button
                type="button"
                class="tag-chip"
                aria-pressed={facet().selected}
                disabled={!facet().selected && facet().count === 0}
                onClick={() => props.onToggle(facet().tag)}
              >
                <svg class="tag-chip-check" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                  <path d="M3 8.5l3 3 7-7" />
                </svg>
                <TagWithCount tag={facet().tag} count={facet().count} class="tag-chip" />
              </button>
            </li>
          )}
        </Index>
      </ul>
      <Show when={props.tags.length > CHIPS_SHOWN}>
        <button
          type="button"
          class="tag-chips-more"
          aria-expanded={expanded()}
          aria-controls={listId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded() ? 'Show fewer tags' : `Show all ${props.tags.length} tags`}
        </button>
      </Show>
    </div>
  );
}
