// Posts this device once stored that a later deploy took down: so their address can say so, not "Page not found".
import type { FieldNotesDB } from './db.ts';

/**
 * Kept in `meta`, a row a post: the sync that removes a post is the one moment its title is still at hand (the
 * post, its summary and its arrival go in the same transaction), and a bookmark or reading position exists only
 * for some posts.
 */
const TAKEN_DOWN_PREFIX = 'takenDown:';

/** A post that was published here and is no longer, with its title when the device knew it. */
export interface TakenDownPost {
  slug: string;
  title: string | undefined;
}

/** Notes the posts being removed, within the sync's removal transaction (it must include posts, summaries and meta). */
export async function noteTakenDown(db: FieldNotesDB, slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  const summaries = await db.summaries.bulkGet([...slugs]);
  await db.meta.bulkPut(
    slugs.map((slug, at) => ({ key: TAKEN_DOWN_PREFIX + slug, value: summaries[at]?.title ?? '' })),
  );
}

/** Forgets posts that are published again, within the same transaction. */
export async function forgetRepublished(db: FieldNotesDB, published: ReadonlySet<string>): Promise<void> {
  const keys = await db.meta.where('key').startsWith(TAKEN_DOWN_PREFIX).primaryKeys();
  await db.meta.bulkDelete(keys.filter((key) => published.has(key.slice(TAKEN_DOWN_PREFIX.length))));
}

/**
 * The post at `slug` if it was taken down: noted by the sync that removed it, or bookmarked (a bookmark outlives
 * its post); null if this device never knew such a post. Only asked once the post is known not to be stored.
 */
export async function takenDownPost(db: FieldNotesDB, slug: string): Promise<TakenDownPost | null> {
  const [noted, bookmark] = await Promise.all([db.meta.get(TAKEN_DOWN_PREFIX + slug), db.bookmarks.get(slug)]);
  if (!noted && !bookmark) return null;
  return { slug, title: noted?.value || bookmark?.title };
}
