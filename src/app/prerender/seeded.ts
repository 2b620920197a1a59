// A query's first value on a prerendered page, giving way to the live one (see prerender/seeds.ts).
import { untrack, type Accessor } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { seedValue, type Seed } from './seeds.ts';
import { catalogSettled } from '../data/catalog.ts';
import type { TagFacet } from '../data/tags.ts';

/** A query starting from its page's prerendered value, so hydration meets the same markup and nothing flashes empty. */
export function createSeeded<T>(
  seedFor: () => Seed<T>,
  live: Accessor<T | undefined>,
  current: (value: T, seed: T) => boolean = catalogSettled,
  same: (value: T, seed: T) => boolean = () => false,
): Accessor<T | undefined> {
  const first = untrack(seedFor);
  const initial = seedValue(first);
  if (initial === undefined) return live;
  return () => {
    const value = live();
    // The inputs moved on (a new tag selection, another post): the seed no longer applies.
    if (seedFor().key !== first.key) return value;
    // Until the sync is over IndexedDB may hold part of the posts, hence `current`. A live value `same` as the seed
    // keeps the seed, and every node rendered from it (with the reader's focus).
    return value !== undefined && current(value, initial) && !same(value, initial) ? value : initial;
  };
}

/** Whether two lists hold the same items in the same order, by `same`. */
export function sameItems<T>(a: readonly T[], b: readonly T[], same: (a: T, b: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]!));
}

/** Whether two chips show the same. */
export function sameFacet(a: TagFacet, b: TagFacet): boolean {
  return a.tag === b.tag && a.total === b.total && a.count === b.count && a.selected === b.selected;
}

/** The same post content: summaries are equal when slug and content hash are (see PostSummary.hash). */
export function sameSummary(a: PostSummary | undefined, b: PostSummary | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.slug === b.slug && a.hash === b.hash);
}
