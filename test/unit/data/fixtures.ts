import type { ContentSource } from '../../../src/app/data/sync.ts';
import type { Post, PostIndex, PostSummary, SiteInfo } from '../../../src/shared/post.ts';
import { toSummary } from '../../../src/shared/post.ts';

/** A valid post; `hash` defaults to one derived from the slug so two builders agree. */
export function makePost(slug: string, overrides: Partial<Post> = {}): Post {
  return {
    slug,
    title: `Title of ${slug}`,
    date: '2025-11-12T09:00:00.000Z',
    tags: ['kubernetes'],
    summary: `Summary of ${slug}.`,
    words: 600,
    readingMinutes: 3,
    draft: false,
    hash: `hash-${slug}-1`,
    html: `<h2 id="intro">Intro</h2><p>Body of ${slug}.</p>`,
    headings: [{ id: 'intro', text: 'Intro', depth: 2 }],
    ...overrides,
  };
}

export const SITE: SiteInfo = {
  title: 'KubeCon Field Notes',
  description: 'Notes from the hallway track.',
  language: 'en',
  baseUrl: 'https://example.test/',
};

export function makeIndex(version: string, posts: readonly Post[]): PostIndex {
  return { version, site: SITE, posts: posts.map(toSummary) };
}

/** A ContentSource over fixed posts, recording which slugs fetchPost was asked for. */
export interface FixtureSource extends ContentSource {
  readonly fetched: string[];
}

export function makeSource(version: string, posts: readonly Post[], options: { failOn?: string } = {}): FixtureSource {
  const bodies = new Map(posts.map((post) => [post.slug, post]));
  const fetched: string[] = [];
  return {
    fetched,
    fetchIndex: () => Promise.resolve(makeIndex(version, posts)),
    fetchPost: (summary: PostSummary) => {
      fetched.push(summary.slug);
      if (summary.slug === options.failOn) return Promise.reject(new Error(`HTTP 503 for ${summary.slug}`));
      const body = bodies.get(summary.slug);
      if (!body) return Promise.reject(new Error(`No body for ${summary.slug}`));
      // A fresh copy each time, as a network response would be.
      return Promise.resolve(structuredClone(body));
    },
  };
}

/** Slugs of the rows of a table, sorted, for exact comparisons. */
export function slugsOf(rows: readonly { slug: string }[]): string[] {
  return rows.map((row) => row.slug).sort();
}
