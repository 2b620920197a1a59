// What a post page reads (the post, its neighbours, where the reader stopped) and the values it is prerendered with.
import type { Accessor } from 'solid-js';
import { createMemo } from 'solid-js';
import type { Post } from '../../../shared/post.ts';
import { createCatalog, catalogSettled } from '../../data/catalog.ts';
import type { ReadingState } from '../../data/db.ts';
import { createLiveQuery } from '../../data/live-query.ts';
import { readingPosition } from '../../data/reading-state.ts';
import { takenDownPost, type TakenDownPost } from '../../data/taken-down.ts';
import { buildRelatedIndex, type PostNeighbours } from '../../data/related-index.ts';
import { database, syncSettled } from '../../data/runtime.ts';
import { createSeeded, sameItems, sameSummary } from '../../prerender/seeded.ts';
import { indexedContent } from '../../prerender/indexed-content.ts';
import type { Seed } from '../../prerender/seeds.ts';

/** One post with its body; null once it is known not to be stored. */
export function createPost(slug: Accessor<string>): Accessor<Post | null | undefined> {
  const live = createLiveQuery(() => {
    const db = database();
    const key = slug();
    return db ? async () => (await db.posts.get(key)) ?? null : undefined;
  });
  // A prerendered post keeps its seed: its body is in the page, IndexedDB may hold an older copy, and the worker's
  // sync may report done before this query sees its last write. A prerendered "no such post" gives way after the sync.
  return createSeeded(
    () => postSeed(slug()),
    live,
    (post, seed) => seed === null && (post === null || syncSettled()),
  );
}

/** The post at `slug` if this device knew it and it was taken down; null if it never knew one. */
export function createTakenDownPost(slug: Accessor<string>): Accessor<TakenDownPost | null | undefined> {
  return createLiveQuery(() => {
    const db = database();
    const key = slug();
    return db ? () => takenDownPost(db, key) : undefined;
  });
}

/** Where the reader stopped in a post. */
export function createReadingPosition(slug: Accessor<string>): Accessor<ReadingState | null | undefined> {
  return createLiveQuery(() => {
    const db = database();
    const key = slug();
    return db ? async () => (await readingPosition(db, key)) ?? null : undefined;
  });
}

/** Previous/next and related posts of one post, from the summaries in memory. */
export function createPostNeighbours(slug: Accessor<string>): Accessor<PostNeighbours | undefined> {
  const catalog = createCatalog();
  // Built again only when the posts change: another slug is then a lookup.
  const index = createMemo(() => {
    const current = catalog();
    return current && buildRelatedIndex(current);
  });
  const live = createMemo(() => index()?.neighbours(slug()));
  return createSeeded(
    () => neighboursSeed(slug()),
    live,
    catalogSettled,
    (value, seed) =>
      sameSummary(value.adjacent.previous, seed.adjacent.previous) &&
      sameSummary(value.adjacent.next, seed.adjacent.next) &&
      sameItems(value.related, seed.related, sameSummary),
  );
}

/** A post page's post; the page carries its HTML already, so the embedded copy leaves it out. */
export function postSeed(slug: string): Seed<Post | null> {
  return {
    key: `post:${slug}`,
    compute: (content) => indexedContent(content).posts.get(slug) ?? null,
    embed: (post) => post && { ...post, html: '' },
  };
}

/** A post page's previous, next and related posts. */
export function neighboursSeed(slug: string): Seed<PostNeighbours> {
  return {
    key: `neighbours:${slug}`,
    compute: (content) => indexedContent(content).related.neighbours(slug),
  };
}
