import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, RELATED_LIMIT, type AdjacentPosts } from '../../../src/app/data/related-index.ts';
import { buildTagCatalog } from '../../../src/app/data/tag-catalog.ts';
import { toSummary, type PostSummary } from '../../../src/shared/post.ts';
import { makePost } from './fixtures.ts';

function summary(slug: string, date: string, tags: string[]): PostSummary {
  return toSummary(makePost(slug, { date, tags }));
}

const slugs = (posts: PostSummary[]) => posts.map((post) => post.slug);

/** The index over `all`, built as the app and the prerenderer build it: from their tag catalog. */
const indexOf = (all: readonly PostSummary[]) => buildRelatedIndex(buildTagCatalog(all));

// The same answers worked out the plain way, to check the index against: compare every post, sort.
function newestFirst(a: PostSummary, b: PostSummary): number {
  return Date.parse(b.date) - Date.parse(a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

function plainRelated(post: PostSummary, all: readonly PostSummary[], limit = RELATED_LIMIT): PostSummary[] {
  const tags = new Set(post.tags);
  return all
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || newestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

function plainAdjacent(slug: string, all: readonly PostSummary[]): AdjacentPosts {
  const oldestFirst = [...all].sort((a, b) => newestFirst(b, a));
  const at = oldestFirst.findIndex((post) => post.slug === slug);
  return at === -1 ? {} : { previous: oldestFirst[at - 1], next: oldestFirst[at + 1] };
}

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Posts with few distinct dates (many ties), a few popular tags and some rare ones. */
function corpus(count: number, seed: number): PostSummary[] {
  const next = random(seed);
  const tags = ['kubernetes', 'conference', 'containers', 'security', 'rare-a', 'rare-b', 'rare-c'];
  return Array.from({ length: count }, (_, i) => {
    const own = tags.filter((_tag, t) => next() < 0.5 / (t + 1));
    const day = String(1 + Math.floor(next() * 5)).padStart(2, '0');
    return toSummary(makePost(`post-${(i * 7919) % count}`, { date: `2018-01-${day}T00:00:00.000Z`, tags: own }));
  });
}

describe('buildRelatedIndex', () => {
  it('gives what comparing every post gives, for every post, at any limit', () => {
    const all = corpus(300, 42);
    const index = indexOf(all);

    for (const post of all)
      for (const limit of [1, 3, 10])
        expect(slugs(index.related(post.slug, limit))).toEqual(slugs(plainRelated(post, all, limit)));
    expect(all.some((post) => index.related(post.slug).length === 3)).toBe(true);
    expect(all.some((post) => index.related(post.slug).length === 0)).toBe(true);
  });

  it('gives every post its previous, next and related posts as the plain way does', () => {
    const all = corpus(300, 42);
    const index = indexOf(all);

    for (const post of all)
      expect(index.neighbours(post.slug)).toEqual({
        adjacent: plainAdjacent(post.slug, all),
        related: plainRelated(post, all),
      });
  });

  it('gives the same answer when asked again (its counters start from zero each time)', () => {
    const all = corpus(50, 7);
    const index = indexOf(all);
    const first = all.map((post) => slugs(index.related(post.slug)));

    expect(all.map((post) => slugs(index.related(post.slug)))).toEqual(first);
  });

  it('counts a tag a post lists twice as comparing every post does, and knows no unknown slug', () => {
    const post = summary('subject', '2018-01-01T00:00:00.000Z', ['kubernetes', 'ci-cd']);
    const twice = summary('twice', '2016-01-01T00:00:00.000Z', ['ci-cd', 'ci-cd']);
    const once = summary('once', '2017-01-01T00:00:00.000Z', ['kubernetes']);
    const all = [post, twice, once];

    expect(slugs(indexOf(all).related('subject'))).toEqual(slugs(plainRelated(post, all)));
    expect(indexOf(all).related('missing')).toEqual([]);
  });
});

describe('related posts', () => {
  const post = summary('subject', '2018-01-01T00:00:00.000Z', ['kubernetes', 'service-mesh', 'ci-cd']);

  it('ranks by the number of shared tags first, then the newest', () => {
    const all = [
      post,
      summary('one-tag-old', '2016-01-01T00:00:00.000Z', ['kubernetes']),
      summary('two-tags-old', '2016-06-01T00:00:00.000Z', ['kubernetes', 'ci-cd']),
      summary('one-tag-new', '2019-01-01T00:00:00.000Z', ['service-mesh', 'openstack']),
      summary('three-tags', '2015-01-01T00:00:00.000Z', ['ci-cd', 'service-mesh', 'kubernetes']),
      summary('two-tags-new', '2017-06-01T00:00:00.000Z', ['service-mesh', 'kubernetes', 'monitoring']),
    ];

    expect(slugs(indexOf(all).related(post.slug, 10))).toEqual([
      'three-tags',
      'two-tags-new',
      'two-tags-old',
      'one-tag-new',
      'one-tag-old',
    ]);
  });

  it('leaves out the post itself and posts sharing no tag, and may be empty', () => {
    const all = [post, summary('unrelated', '2018-02-01T00:00:00.000Z', ['openstack'])];

    expect(indexOf(all).related(post.slug)).toEqual([]);
  });

  it('stops at the limit, three by default', () => {
    const all = [post, ...[1, 2, 3, 4, 5].map((n) => summary(`p${n}`, `201${n}-01-01T00:00:00.000Z`, ['kubernetes']))];

    expect(slugs(indexOf(all).related(post.slug))).toEqual(['p5', 'p4', 'p3']);
    expect(slugs(indexOf(all).related(post.slug, 1))).toEqual(['p5']);
  });
});

describe('adjacent posts', () => {
  // Given in no particular order: the index sorts by date, not by position in the list.
  const all = [
    summary('c-2018', '2018-05-31T00:00:00.000Z', []),
    summary('a-2016', '2016-03-17T00:00:00.000Z', []),
    summary('b-2017', '2017-12-14T00:00:00.000Z', []),
  ];
  const adjacent = (slug: string, posts = all) => indexOf(posts).neighbours(slug).adjacent;

  it('gives the older post as previous and the newer as next', () => {
    const { previous, next } = adjacent('b-2017');

    expect(previous?.slug).toBe('a-2016');
    expect(next?.slug).toBe('c-2018');
  });

  it('has no previous for the oldest post and no next for the newest', () => {
    expect(adjacent('a-2016')).toEqual({ previous: undefined, next: all[2] });
    expect(adjacent('c-2018')).toEqual({ previous: all[2], next: undefined });
  });

  it('compares dates as instants, whatever their offsets', () => {
    const early = summary('early', '2018-01-01T10:00:00+02:00', []); // 08:00 UTC
    const late = summary('late', '2018-01-01T09:00:00Z', []);

    expect(adjacent('early', [late, early]).next?.slug).toBe('late');
  });

  it('is empty for a post not in the list', () => {
    expect(adjacent('missing')).toEqual({});
    expect(indexOf(all).neighbours('missing').related).toEqual([]);
  });
});
