// What the tags page reads: every tag with its post count, and the list it is prerendered with.
import { createMemo, type Accessor } from 'solid-js';
import { createCatalog, catalogSettled } from '../../data/catalog.ts';
import { listTags } from '../../data/tags.ts';
import { createSeeded, sameItems } from '../../prerender/seeded.ts';
import { indexedContent } from '../../prerender/indexed-content.ts';
import type { Seed } from '../../prerender/seeds.ts';

type TagTotal = { tag: string; total: number };

/** Every tag with its post count, most used first. */
export function createTagList(): Accessor<TagTotal[] | undefined> {
  const catalog = createCatalog();
  const live = createMemo(() => {
    const current = catalog();
    return current && listTags(current.totals);
  });
  return createSeeded(tagListSeed, live, catalogSettled, (value, seed) =>
    sameItems(value, seed, (a, b) => a.tag === b.tag && a.total === b.total),
  );
}

/** The tags page: every tag with its post count, most used first. */
export function tagListSeed(): Seed<TagTotal[]> {
  return {
    key: 'tag-list',
    compute: (content) => listTags(indexedContent(content).catalog.totals),
  };
}
