import { describe, expect, it } from 'vitest';
import { buildTagCatalog } from '../../../src/app/data/tag-catalog.ts';
import { chipsToShow, CHIPS_SHOWN, listTags } from '../../../src/app/data/tags.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { TAGGED_POSTS } from './fixtures.ts';

const POSTS = TAGGED_POSTS;

describe('tag counts', () => {
  it('counts posts per tag from the summaries', () => {
    expect(Object.fromEntries(buildTagCatalog(POSTS.map(toSummary)).totals)).toEqual({
      kubernetes: 3,
      conference: 3,
      'service-mesh': 1,
      monitoring: 1,
      openstack: 1,
    });
  });

  it('lists tags most used first, then by name', () => {
    expect(listTags(buildTagCatalog(POSTS.map(toSummary)).totals)).toEqual([
      { tag: 'conference', total: 3 },
      { tag: 'kubernetes', total: 3 },
      { tag: 'monitoring', total: 1 },
      { tag: 'openstack', total: 1 },
      { tag: 'service-mesh', total: 1 },
    ]);
  });

  it('follows the posts: an updated post moves its counts', () => {
    const changed = POSTS.map((post) => (post.slug === 'stack' ? { ...post, tags: ['openstack'] } : post));
    expect(buildTagCatalog(changed.map(toSummary)).totals.get('conference')).toBe(2);
  });
});

describe('chipsToShow', () => {
  const facets = (count: number, selected: number[] = []) =>
    Array.from({ length: count }, (_, i) => ({
      tag: `t${i}`,
      total: count - i,
      count: 1,
      selected: selected.includes(i),
    }));

  it('shows every chip of a small site, and the most used CHIPS_SHOWN of a large one', () => {
    expect(chipsToShow(facets(CHIPS_SHOWN), false)).toHaveLength(CHIPS_SHOWN);
    expect(chipsToShow(facets(200), false).map((facet) => facet.tag)).toEqual(
      facets(CHIPS_SHOWN).map((facet) => facet.tag),
    );
    expect(chipsToShow(facets(200), true)).toHaveLength(200);
  });

  it('never hides a selected tag, keeping the order', () => {
    const shown = chipsToShow(facets(200, [3, 150]), false).map((facet) => facet.tag);
    expect(shown).toHaveLength(CHIPS_SHOWN + 1);
    expect(shown.at(-1)).toBe('t150');
  });
});
