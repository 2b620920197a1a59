import { describe, expect, it } from 'vitest';
import { adjacentPosts, relatedPosts } from '../../../src/app/data/related-posts.ts';
import type { PostSummary } from '../../../src/shared/post.ts';
import { toSummary } from '../../../src/shared/post.ts';
import { makePost } from './fixtures.ts';

function summary(slug: string, date: string, tags: string[]): PostSummary {
  return toSummary(makePost(slug, { date, tags }));
}

const slugs = (posts: PostSummary[]) => posts.map((post) => post.slug);

describe('relatedPosts', () => {
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

    expect(slugs(relatedPosts(post, all, 10))).toEqual([
      'three-tags',
      'two-tags-new',
      'two-tags-old',
      'one-tag-new',
      'one-tag-old',
    ]);
  });

  it('leaves out the post itself and posts sharing no tag, and may be empty', () => {
    const all = [post, summary('unrelated', '2018-02-01T00:00:00.000Z', ['openstack'])];

    expect(relatedPosts(post, all)).toEqual([]);
  });

  it('stops at the limit, three by default', () => {
    const all = [post, ...[1, 2, 3, 4, 5].map((n) => summary(`p${n}`, `201${n}-01-01T00:00:00.000Z`, ['kubernetes']))];

    expect(slugs(relatedPosts(post, all))).toEqual(['p5', 'p4', 'p3']);
    expect(slugs(relatedPosts(post, all, 1))).toEqual(['p5']);
  });
});

describe('adjacentPosts', () => {
  // Given in no particular order: the function sorts by date, not by position in the list.
  const all = [
    summary('c-2018', '2018-05-31T00:00:00.000Z', []),
    summary('a-2016', '2016-03-17T00:00:00.000Z', []),
    summary('b-2017', '2017-12-14T00:00:00.000Z', []),
  ];

  it('gives the older post as previous and the newer as next', () => {
    const { previous, next } = adjacentPosts({ slug: 'b-2017' }, all);

    expect(previous?.slug).toBe('a-2016');
    expect(next?.slug).toBe('c-2018');
  });

  it('has no previous for the oldest post and no next for the newest', () => {
    expect(adjacentPosts({ slug: 'a-2016' }, all)).toEqual({ previous: undefined, next: all[2] });
    expect(adjacentPosts({ slug: 'c-2018' }, all)).toEqual({ previous: all[2], next: undefined });
  });

  it('compares dates as instants, whatever their offsets', () => {
    const early = summary('early', '2018-01-01T10:00:00+02:00', []); // 08:00 UTC
    const late = summary('late', '2018-01-01T09:00:00Z', []);

    expect(adjacentPosts({ slug: 'early' }, [late, early]).next?.slug).toBe('late');
  });

  it('is empty for a post not in the list', () => {
    expect(adjacentPosts({ slug: 'missing' }, all)).toEqual({});
  });
});
