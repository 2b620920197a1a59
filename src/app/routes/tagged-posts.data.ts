// What the home page and the tag pages read: posts narrowed by a tag selection, with the chips
// that narrow them further; and the first page of them each page is prerendered with.
import { createMemo, type Accessor } from 'solid-js';
import { createCatalog, catalogSettled } from '../data/catalog.ts';
import { createSeeded, sameFacet, sameItems, sameSummary } from '../prerender/seeded.ts';
import { stableSummaries } from '../data/stable-summaries.ts';
import { filterByTags, type TagFilterResult } from '../data/tag-catalog.ts';
import type { TagFacet } from '../data/tags.ts';
import { PAGE_SIZE } from '../list-window.ts';
import { indexedContent } from '../prerender/indexed-content.ts';
import type { Seed } from '../prerender/seeds.ts';

/** Posts with every selected tag (at most `limit`, none in `exclude`), newest first, and the chips to narrow them. */
export function createTagFilter(
  selected: Accessor<string[]>,
  limit?: Accessor<number>,
  exclude?: Accessor<ReadonlySet<string> | undefined>,
): Accessor<TagFilterResult | undefined> {
  const catalog = createCatalog();
  // In memory from the catalog, so a chip press reads nothing.
  const live = createMemo(() => {
    const current = catalog();
    return current && filterByTags(current, selected(), limit?.(), exclude?.());
  });
  // Every post of the build in memory is the sign the stored set is complete.
  const result = createSeeded(
    () => tagFilterSeed(selected(), limit?.()),
    live,
    (value, seed) => value.total >= seed.total || catalogSettled(),
    (value, seed) =>
      value.total === seed.total &&
      value.count === seed.count &&
      sameItems(value.posts, seed.posts, sameSummary) &&
      sameItems(value.tags, seed.tags, sameFacet),
  );
  // A seed holds copies of the catalog's posts, which must be the same cards once the catalog takes over. One copy
  // per seed, so a seed that stays changes nothing downstream.
  let fromSeed: { seed: TagFilterResult; value: TagFilterResult } | undefined;
  return createMemo(() => {
    const value = result();
    if (!value || value === live()) return value;
    if (fromSeed?.seed !== value) fromSeed = { seed: value, value: { ...value, posts: stableSummaries(value.posts) } };
    return fromSeed.value;
  });
}

/** A tag selection as a page embeds it: its first page of posts and no slugs, the same size however many posts. */
export function tagFilterSeed(selected: readonly string[], limit?: number): Seed<TagFilterResult> {
  return {
    key: `tag-filter:${selected.join(',')}:${limit ?? 'all'}`,
    compute: (content) =>
      filterByTags(indexedContent(content).catalog, selected, Math.min(limit ?? PAGE_SIZE, PAGE_SIZE)),
    embed: (result): EmbeddedTagFilter => ({ ...result, slugs: [], tags: result.tags.map(packFacet) }),
    restore: (embedded) => {
      const result = embedded as EmbeddedTagFilter;
      return { ...result, tags: result.tags.map(unpackFacet) };
    },
  };
}

// A chip as the page carries it: `[tag, total]` when its count is its total, else `[tag, total, count]`, and a fourth
// `1` when selected. A size trick: see bench/README.md, "Packed facet tuples".
type PackedFacet = [tag: string, total: number, count?: number, selected?: 1];

type EmbeddedTagFilter = Omit<TagFilterResult, 'tags'> & { tags: PackedFacet[] };

function packFacet({ tag, total, count, selected }: TagFacet): PackedFacet {
  if (selected) return [tag, total, count, 1];
  return count === total ? [tag, total] : [tag, total, count];
}

function unpackFacet([tag, total, count = total, selected]: PackedFacet): TagFacet {
  return { tag, total, count, selected: selected === 1 };
}
