// A query's first value on a prerendered page, giving way to the live one (see prerender/seeds.ts).
import { untrack, type Accessor } from 'solid-js';
import type { PostSummary } from '../../shared/post.ts';
import { seedValue, type Seed } from './seeds.ts';
import { catalogSettled } from '../data/catalog.ts';
import type { TagFacet } from '../data/tags.ts';

/**
 * A query that starts from the value its page was prerendered with (see prerender/seeds.ts), so
 * hydration meets the same markup and the page never flashes empty. IndexedDB holds none of the
 * posts on a first visit, and until this build's sync is over it may hold part of them: the live
 * value takes over once `current` accepts it (by default, once `catalogSettled`), unless `same`
 * finds it holds what the seed does: then the seed stays, and so does every node rendered from
 * it (and the reader's focus in them). When the inputs move on (a new tag selection, another
 * post) the seed no longer applies.
 */
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
    if (seedFor().key !== first.key) return value;
    return value !== undefined && current(value, initial) && !same(value, initial) ? value : initial;
  };
}

export function sameItems<T>(a: readonly T[], b: readonly T[], same: (a: T, b: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]!));
}

export function sameFacet(a: TagFacet, b: TagFacet): boolean {
  return a.tag === b.tag && a.total === b.total && a.count === b.count && a.selected === b.selected;
}

/** The same post content: summaries are equal when slug and content hash are (see PostSummary.hash). */
export function sameSummary(a: PostSummary | undefined, b: PostSummary | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.slug === b.slug && a.hash === b.hash);
}
