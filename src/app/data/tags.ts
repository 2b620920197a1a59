import { byCodeUnits } from './code-unit-order.ts';

/** A tag as a filter chip: how many posts carry it, and how many selecting it too would leave. */
export interface TagFacet {
  tag: string;
  /** Posts carrying the tag, whatever else is selected. */
  total: number;
  /** Posts the list would show with this tag selected as well (for a selected tag: the list itself). */
  count: number;
  selected: boolean;
}

/** Every tag with its post count, most used first, then by name. */
export function listTags(totals: ReadonlyMap<string, number>): { tag: string; total: number }[] {
  return [...totals]
    .map(([tag, total]) => ({ tag, total }))
    .sort((a, b) => b.total - a.total || byCodeUnits(a.tag, b.tag));
}

/** How many posts of a list filtered by `selected` carry each tag; with none selected, the totals, with no walk. */
export function countsInList(
  tagLists: Iterable<readonly string[]>,
  selected: readonly string[],
  totals: ReadonlyMap<string, number>,
): Map<string, number> {
  if (selected.length === 0) return new Map(totals);
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}

/** Chips for a list filtered by `selected`: an unselected tag counts what selecting it too leaves (0: disabled). */
export function facetsFromCounts(
  inList: ReadonlyMap<string, number>,
  listed: number,
  selected: readonly string[],
  totals: ReadonlyMap<string, number>,
): TagFacet[] {
  const chosen = new Set(selected);
  // A selected tag no post carries still gets a chip, so it can be cleared.
  const names = new Set([...totals.keys(), ...chosen]);
  // In the order of `totals`, so chips never jump as the selection changes; cheap when it is sorted (a catalog's is).
  return [...names]
    .map((tag) => {
      const isSelected = chosen.has(tag);
      return {
        tag,
        total: totals.get(tag) ?? 0,
        count: isSelected ? listed : (inList.get(tag) ?? 0),
        selected: isSelected,
      };
    })
    .sort((a, b) => b.total - a.total || byCodeUnits(a.tag, b.tag));
}

/** How many chips a tag filter shows before "Show all tags": the most used, where most readers start. */
export const CHIPS_SHOWN = 24;

/** The chips to show: all when expanded, else the `CHIPS_SHOWN` most used and any selected, in the facets' order. */
export function chipsToShow(tags: readonly TagFacet[], expanded: boolean): TagFacet[] {
  if (expanded || tags.length <= CHIPS_SHOWN) return [...tags];
  return tags.filter((facet, index) => index < CHIPS_SHOWN || facet.selected);
}
