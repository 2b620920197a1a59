import { describe, expect, it } from 'vitest';
import { tagFilterSeed } from '../../../src/app/routes/tagged-posts.data.ts';
import { embeddedSeeds, serverSeeds, type Seed } from '../../../src/app/prerender/seeds.ts';
import { TAGGED_POSTS } from '../data/fixtures.ts';

/** What the server computes for `seed`, and what the client reads back from the page's JSON. */
function throughThePage<T>(seed: Seed<T>) {
  // Newest first, as the build gives them.
  const posts = [...TAGGED_POSTS].sort((a, b) => b.date.localeCompare(a.date));
  const server = serverSeeds({ posts });
  const computed = server.source.read(seed);
  const json = JSON.stringify(server.embedded);
  const client = embeddedSeeds(JSON.parse(json) as Record<string, unknown>);
  return { computed, restored: client.read(seed), json };
}

describe('tagFilterSeed as a page carries it', () => {
  it('gives the client the same chips and first posts the server rendered, without the slug list', () => {
    const { computed, restored } = throughThePage(tagFilterSeed([]));
    expect(computed?.tags.length).toBeGreaterThan(3);
    expect(restored).toEqual({ ...computed, slugs: [] });
  });

  it('keeps a selection: counts below the totals, chips that would leave nothing, and the selected flag', () => {
    const { computed, restored } = throughThePage(tagFilterSeed(['conference']));
    expect(computed?.tags.find((facet) => facet.tag === 'monitoring')).toMatchObject({ count: 0, total: 1 });
    expect(computed?.tags.find((facet) => facet.tag === 'conference')).toMatchObject({ selected: true });
    expect(restored).toEqual({ ...computed, slugs: [] });
  });

  it('carries each chip as a short array rather than an object with named fields', () => {
    const { json } = throughThePage(tagFilterSeed([]));
    expect(json).toContain('["kubernetes",3]');
    expect(json).not.toContain('"tag":');
  });
});
