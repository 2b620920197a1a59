import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { filterByTags, listTags, postsWithAllTags, tagFacets, tagTotals } from '../../../src/app/data/tags.ts';
import { makePost } from './fixtures.ts';

// Dates make the expected order differ from slug order and from insertion order.
const POSTS = [
  makePost('mesh', { date: '2018-05-01T00:00:00.000Z', tags: ['kubernetes', 'service-mesh', 'conference'] }),
  makePost('ops', { date: '2017-12-01T00:00:00.000Z', tags: ['kubernetes', 'monitoring'] }),
  makePost('austin', { date: '2018-01-15T00:00:00.000Z', tags: ['kubernetes', 'conference'] }),
  makePost('stack', { date: '2016-03-01T00:00:00.000Z', tags: ['openstack', 'conference'] }),
  makePost('untagged', { date: '2019-01-01T00:00:00.000Z', tags: [] }),
];

let db: FieldNotesDB;

beforeEach(async () => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  await db.posts.bulkPut(POSTS);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const slugs = (posts: { slug: string }[]) => posts.map((post) => post.slug);

describe('postsWithAllTags', () => {
  it('lists every post, newest first, when no tag is selected', async () => {
    expect(slugs(await postsWithAllTags(db, []))).toEqual(['untagged', 'mesh', 'austin', 'ops', 'stack']);
  });

  it('lists the posts carrying one tag, newest first', async () => {
    expect(slugs(await postsWithAllTags(db, ['conference']))).toEqual(['mesh', 'austin', 'stack']);
  });

  it('keeps only posts carrying every selected tag (AND, not OR)', async () => {
    expect(slugs(await postsWithAllTags(db, ['kubernetes', 'conference']))).toEqual(['mesh', 'austin']);
    expect(slugs(await postsWithAllTags(db, ['conference', 'kubernetes', 'service-mesh']))).toEqual(['mesh']);
    expect(await postsWithAllTags(db, ['openstack', 'kubernetes'])).toEqual([]);
  });

  it('returns summaries, without bodies', async () => {
    const [post] = await postsWithAllTags(db, ['service-mesh']);
    expect(post).not.toHaveProperty('html');
    expect(post).toMatchObject({
      slug: 'mesh',
      title: 'Title of mesh',
      tags: ['kubernetes', 'service-mesh', 'conference'],
    });
  });

  it('gives nothing for a tag no post carries, alone or with others', async () => {
    expect(await postsWithAllTags(db, ['no-such-tag'])).toEqual([]);
    expect(await postsWithAllTags(db, ['kubernetes', 'no-such-tag'])).toEqual([]);
  });

  it('ignores a tag selected twice', async () => {
    expect(slugs(await postsWithAllTags(db, ['monitoring', 'monitoring']))).toEqual(['ops']);
  });

  it('loads posts only for the rarest selected tag from the index', async () => {
    // Records, for each tag looked up on the index, whether its posts were loaded (toArray).
    const loaded: string[] = [];
    const where = db.posts.where.bind(db.posts);
    vi.spyOn(db.posts, 'where').mockImplementation(((index: string) => {
      const clause = where(index);
      const equals = clause.equals.bind(clause);
      clause.equals = (value) => {
        const collection = equals(value);
        const toArray = collection.toArray.bind(collection);
        collection.toArray = (() => {
          loaded.push(String(value));
          return toArray();
        }) as typeof collection.toArray;
        return collection;
      };
      return clause;
    }) as typeof db.posts.where);

    expect(slugs(await postsWithAllTags(db, ['kubernetes', 'conference', 'service-mesh']))).toEqual(['mesh']);

    expect(loaded).toEqual(['service-mesh']);
  });
});

describe('tag counts', () => {
  it('counts posts per tag from the index', async () => {
    expect(Object.fromEntries(await tagTotals(db))).toEqual({
      kubernetes: 3,
      conference: 3,
      'service-mesh': 1,
      monitoring: 1,
      openstack: 1,
    });
  });

  it('lists tags most used first, then by name', async () => {
    expect(await listTags(db)).toEqual([
      { tag: 'conference', total: 3 },
      { tag: 'kubernetes', total: 3 },
      { tag: 'monitoring', total: 1 },
      { tag: 'openstack', total: 1 },
      { tag: 'service-mesh', total: 1 },
    ]);
  });

  it('follows the posts: an updated post moves its counts', async () => {
    await db.posts.put({ ...POSTS[3]!, tags: ['openstack'] });
    expect((await tagTotals(db)).get('conference')).toBe(2);
  });
});

describe('filterByTags: the chips', () => {
  const chip = (result: Awaited<ReturnType<typeof filterByTags>>, tag: string) =>
    result.tags.find((facet) => facet.tag === tag);

  it('with nothing selected, counts every post of each tag and disables none', async () => {
    const result = await filterByTags(db, []);
    expect(result.total).toBe(5);
    expect(result.posts).toHaveLength(5);
    expect(result.tags.map(({ tag, count, selected }) => [tag, count, selected])).toEqual([
      ['conference', 3, false],
      ['kubernetes', 3, false],
      ['monitoring', 1, false],
      ['openstack', 1, false],
      ['service-mesh', 1, false],
    ]);
  });

  it('counts what selecting each other tag too would give; zero means disabled', async () => {
    const result = await filterByTags(db, ['conference']);
    expect(slugs(result.posts)).toEqual(['mesh', 'austin', 'stack']);
    expect(chip(result, 'conference')).toEqual({ tag: 'conference', total: 3, count: 3, selected: true });
    expect(chip(result, 'kubernetes')).toEqual({ tag: 'kubernetes', total: 3, count: 2, selected: false });
    expect(chip(result, 'openstack')?.count).toBe(1);
    expect(chip(result, 'monitoring')?.count).toBe(0);
    // Each non-zero count is exactly what the list would show with that tag added.
    for (const facet of result.tags.filter((f) => !f.selected)) {
      expect((await postsWithAllTags(db, ['conference', facet.tag])).length).toBe(facet.count);
    }
  });

  it('keeps the chip order stable whatever is selected', async () => {
    const order = (await filterByTags(db, [])).tags.map((facet) => facet.tag);
    expect((await filterByTags(db, ['kubernetes', 'monitoring'])).tags.map((facet) => facet.tag)).toEqual(order);
  });

  it('gives a chip to a selected tag no post carries, so it can be cleared', async () => {
    const result = await filterByTags(db, ['no-such-tag']);
    expect(result.posts).toEqual([]);
    expect(chip(result, 'no-such-tag')).toEqual({ tag: 'no-such-tag', total: 0, count: 0, selected: true });
    expect(result.tags.filter((facet) => !facet.selected).every((facet) => facet.count === 0)).toBe(true);
  });
});

describe('tagFacets', () => {
  it('works on any list, such as bookmarked posts only', () => {
    const totals = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    expect(tagFacets([{ tags: ['a', 'b'] }], ['b'], totals)).toEqual([
      { tag: 'a', total: 2, count: 1, selected: false },
      { tag: 'b', total: 1, count: 1, selected: true },
    ]);
  });
});
