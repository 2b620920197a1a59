import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from '../../../src/app/data/related-index.ts';
import { relatedPosts } from '../../../src/app/data/related-posts.ts';
import { toSummary, type PostSummary } from '../../../src/shared/post.ts';
import { makePost } from './fixtures.ts';

const slugs = (posts: PostSummary[]) => posts.map((post) => post.slug);

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
  it('gives what relatedPosts gives, for every post, at any limit', () => {
    const all = corpus(300, 42);
    const index = buildRelatedIndex(all);

    for (const post of all)
      for (const limit of [1, 3, 10])
        expect(slugs(index.related(post.slug, limit))).toEqual(slugs(relatedPosts(post, all, limit)));
    expect(all.some((post) => index.related(post.slug).length === 3)).toBe(true);
    expect(all.some((post) => index.related(post.slug).length === 0)).toBe(true);
  });

  it('gives the same answer when asked again (its counters start from zero each time)', () => {
    const all = corpus(50, 7);
    const index = buildRelatedIndex(all);
    const first = all.map((post) => slugs(index.related(post.slug)));

    expect(all.map((post) => slugs(index.related(post.slug)))).toEqual(first);
  });

  it('counts a tag a post lists twice as relatedPosts does, and knows no unknown slug', () => {
    const post = toSummary(makePost('subject', { date: '2018-01-01T00:00:00.000Z', tags: ['kubernetes', 'ci-cd'] }));
    const twice = toSummary(makePost('twice', { date: '2016-01-01T00:00:00.000Z', tags: ['ci-cd', 'ci-cd'] }));
    const once = toSummary(makePost('once', { date: '2017-01-01T00:00:00.000Z', tags: ['kubernetes'] }));
    const all = [post, twice, once];

    expect(slugs(buildRelatedIndex(all).related('subject'))).toEqual(slugs(relatedPosts(post, all)));
    expect(buildRelatedIndex(all).related('missing')).toEqual([]);
  });
});
