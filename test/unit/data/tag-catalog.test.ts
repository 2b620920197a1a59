import { describe, expect, it } from 'vitest';
import {
  buildTagCatalog,
  filterByTags,
  selectByTags,
  type TagCatalog,
  type TagSelection,
} from '../../../src/app/data/tag-catalog.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { TAGGED_POSTS } from './fixtures.ts';

const POSTS = TAGGED_POSTS;

/** The catalog of POSTS, written out by hand, so the pure selection is tested on its own. */
function handCatalog(): TagCatalog {
  const slugs = ['untagged', 'mesh', 'austin', 'ops', 'stack'];
  const tagsOf = new Map(POSTS.map((post) => [post.slug, [...post.tags]]));
  const postsWithTag = new Map<string, string[]>();
  for (const slug of slugs)
    for (const tag of tagsOf.get(slug)!) postsWithTag.set(tag, [...(postsWithTag.get(tag) ?? []), slug]);
  const totals = new Map([...postsWithTag].map(([tag, list]) => [tag, list.length]));
  const bySlug = new Map(POSTS.map((post) => [post.slug, toSummary(post)]));
  return { slugs, tagsOf, postsWithTag, totals, bySlug, summaries: slugs.map((slug) => bySlug.get(slug)!) };
}

const chip = (selection: TagSelection, tag: string) => selection.tags.find((facet) => facet.tag === tag);

describe('selectByTags', () => {
  const catalog = handCatalog();

  it('lists every post, newest first, when no tag is selected; counts every post of each tag', () => {
    const result = selectByTags(catalog, []);
    expect(result.slugs).toEqual(['untagged', 'mesh', 'austin', 'ops', 'stack']);
    expect(result.total).toBe(5);
    expect(result.selected).toEqual([]);
    expect(result.tags.map(({ tag, count, selected }) => [tag, count, selected])).toEqual([
      ['conference', 3, false],
      ['kubernetes', 3, false],
      ['monitoring', 1, false],
      ['openstack', 1, false],
      ['service-mesh', 1, false],
    ]);
  });

  it('lists the posts carrying one tag, newest first', () => {
    expect(selectByTags(catalog, ['conference']).slugs).toEqual(['mesh', 'austin', 'stack']);
  });

  it('keeps only posts carrying every selected tag (AND, not OR)', () => {
    expect(selectByTags(catalog, ['kubernetes', 'conference']).slugs).toEqual(['mesh', 'austin']);
    expect(selectByTags(catalog, ['conference', 'kubernetes', 'service-mesh']).slugs).toEqual(['mesh']);
    expect(selectByTags(catalog, ['openstack', 'kubernetes']).slugs).toEqual([]);
  });

  it('ignores a tag selected twice', () => {
    expect(selectByTags(catalog, ['monitoring', 'monitoring']).slugs).toEqual(['ops']);
  });

  it('counts what selecting each other tag too would give; zero means disabled', () => {
    const result = selectByTags(catalog, ['conference']);
    expect(chip(result, 'conference')).toEqual({ tag: 'conference', total: 3, count: 3, selected: true });
    expect(chip(result, 'kubernetes')).toEqual({ tag: 'kubernetes', total: 3, count: 2, selected: false });
    expect(chip(result, 'openstack')?.count).toBe(1);
    expect(chip(result, 'monitoring')?.count).toBe(0);
    // Each count is exactly what the list would show with that tag added.
    for (const facet of result.tags.filter((f) => !f.selected)) {
      expect(selectByTags(catalog, ['conference', facet.tag]).slugs.length).toBe(facet.count);
    }
  });

  it('keeps the chip order stable whatever is selected', () => {
    const order = selectByTags(catalog, []).tags.map((facet) => facet.tag);
    expect(selectByTags(catalog, ['kubernetes', 'monitoring']).tags.map((facet) => facet.tag)).toEqual(order);
  });

  it('gives a chip to a selected tag no post carries, so it can be cleared, and nothing else to pick', () => {
    const result = selectByTags(catalog, ['no-such-tag']);
    expect(result.slugs).toEqual([]);
    expect(chip(result, 'no-such-tag')).toEqual({ tag: 'no-such-tag', total: 0, count: 0, selected: true });
    expect(result.tags.filter((facet) => !facet.selected).every((facet) => facet.count === 0)).toBe(true);
    expect(selectByTags(catalog, ['kubernetes', 'no-such-tag']).slugs).toEqual([]);
  });
});

describe('buildTagCatalog', () => {
  // Newest first, as the summaries table is read.
  const newestFirst = [...POSTS].sort((a, b) => b.date.localeCompare(a.date)).map(toSummary);

  it('builds the same catalog as the hand-written one from the summaries', () => {
    const catalog = buildTagCatalog(newestFirst);
    const hand = handCatalog();
    expect(catalog.slugs).toEqual(hand.slugs);
    expect(catalog.postsWithTag).toEqual(hand.postsWithTag);
    expect(catalog.totals).toEqual(hand.totals);
    expect(catalog.tagsOf.get('mesh')).toEqual(['kubernetes', 'service-mesh', 'conference']);
    expect(catalog.tagsOf.has('untagged')).toBe(false);
    expect(catalog.bySlug.get('austin')).toBe(newestFirst[2]);
  });

  it('gives each selection its posts from memory, all of them or the first few', () => {
    const catalog = buildTagCatalog(newestFirst);
    const result = filterByTags(catalog, ['kubernetes']);
    expect(result.posts.map((post) => post.slug)).toEqual(['mesh', 'austin', 'ops']);
    expect(result.posts[0]).toBe(catalog.bySlug.get('mesh'));
    expect(filterByTags(catalog, ['kubernetes'], 2).posts.map((post) => post.slug)).toEqual(['mesh', 'austin']);
    expect(filterByTags(catalog, ['kubernetes'], 2).slugs).toHaveLength(3);
    expect(filterByTags(buildTagCatalog([]), []).posts).toEqual([]);
    // Nothing selected: every post, newest first, from the catalog's own list.
    expect(filterByTags(catalog, []).posts.map((post) => post.slug)).toEqual(catalog.slugs);
  });
});
