import 'fake-indexeddb/auto';
import { liveQuery, type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import {
  loadSummaries,
  readTagCatalog,
  selectByTags,
  type TagCatalog,
  type TagSelection,
} from '../../../src/app/data/tag-catalog.ts';
import { makePost } from './fixtures.ts';

// Dates make the expected order differ from slug order and from insertion order.
const POSTS = [
  makePost('mesh', { date: '2018-05-01T00:00:00.000Z', tags: ['kubernetes', 'service-mesh', 'conference'] }),
  makePost('ops', { date: '2017-12-01T00:00:00.000Z', tags: ['kubernetes', 'monitoring'] }),
  makePost('austin', { date: '2018-01-15T00:00:00.000Z', tags: ['kubernetes', 'conference'] }),
  makePost('stack', { date: '2016-03-01T00:00:00.000Z', tags: ['openstack', 'conference'] }),
  makePost('untagged', { date: '2019-01-01T00:00:00.000Z', tags: [] }),
];

/** The catalog of POSTS, written out by hand, so the pure selection is tested on its own. */
function handCatalog(): TagCatalog {
  const slugs = ['untagged', 'mesh', 'austin', 'ops', 'stack'];
  const tagsOf = new Map(POSTS.map((post) => [post.slug, [...post.tags]]));
  const postsWithTag = new Map<string, string[]>();
  for (const slug of slugs)
    for (const tag of tagsOf.get(slug)!) postsWithTag.set(tag, [...(postsWithTag.get(tag) ?? []), slug]);
  const totals = new Map([...postsWithTag].map(([tag, list]) => [tag, list.length]));
  return { slugs, tagsOf, postsWithTag, totals };
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

describe('readTagCatalog over IndexedDB', () => {
  let db: FieldNotesDB;
  /** Reads of the posts table that load stored posts, not just keys. */
  let valueReads: string[];

  beforeEach(async () => {
    db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
    valueReads = [];
    const recordValueReads: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'record-value-reads',
      create: (core) => ({
        ...core,
        table: (name: string) => {
          const table = core.table(name);
          if (name !== 'posts') return table;
          const wrapped: DBCoreTable = {
            ...table,
            get: (req) => (valueReads.push('get'), table.get(req)),
            getMany: (req) => (valueReads.push('getMany'), table.getMany(req)),
            query: (req) => (req.values && valueReads.push('query'), table.query(req)),
            openCursor: (req) => (req.values && valueReads.push('openCursor'), table.openCursor(req)),
          };
          return wrapped;
        },
      }),
    };
    db.use(recordValueReads);
    await db.posts.bulkPut(POSTS);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('builds the same catalog as the posts say, from index keys alone', async () => {
    const catalog = await readTagCatalog(db);

    expect(valueReads).toEqual([]);
    expect(catalog.slugs).toEqual(['untagged', 'mesh', 'austin', 'ops', 'stack']);
    expect(Object.fromEntries(catalog.totals)).toEqual({
      kubernetes: 3,
      conference: 3,
      'service-mesh': 1,
      monitoring: 1,
      openstack: 1,
    });
    expect(catalog.postsWithTag.get('conference')).toEqual(['mesh', 'austin', 'stack']);
    expect([...(catalog.tagsOf.get('mesh') ?? [])].sort()).toEqual(['conference', 'kubernetes', 'service-mesh']);
    expect(catalog.tagsOf.has('untagged')).toBe(false);
    expect(selectByTags(catalog, ['kubernetes', 'conference']).slugs).toEqual(['mesh', 'austin']);
  });

  it('as a live query, follows a post being added', async () => {
    const seen: TagCatalog[] = [];
    const subscription = liveQuery(() => readTagCatalog(db)).subscribe((catalog) => seen.push(catalog));
    try {
      await expect.poll(() => seen.length).toBe(1);
      await db.posts.put(
        makePost('kubecon-eu', { date: '2020-03-30T00:00:00.000Z', tags: ['conference', 'security'] }),
      );
      await expect.poll(() => seen.length).toBe(2);
    } finally {
      subscription.unsubscribe();
    }
    const latest = seen[1]!;
    expect(latest.slugs[0]).toBe('kubecon-eu');
    expect(latest.totals.get('conference')).toBe(4);
    expect(latest.totals.get('security')).toBe(1);
    expect(selectByTags(latest, ['security']).slugs).toEqual(['kubecon-eu']);
  });

  it('loads summaries, without bodies, for just the slugs asked for, in their order', async () => {
    const posts = await loadSummaries(db, ['austin', 'gone', 'mesh']);
    expect(valueReads).toEqual(['getMany']);
    expect(posts.map((post) => post.slug)).toEqual(['austin', 'mesh']);
    expect(posts[0]).not.toHaveProperty('html');
    expect(posts[0]).toMatchObject({ title: 'Title of austin', tags: ['kubernetes', 'conference'] });
  });
});
