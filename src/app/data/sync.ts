import type { Post, PostIndex, PostSummary } from '../../shared/post.ts';
import type { FieldNotesDB } from './db.ts';

/** Where sync reads this build's data from: the network, or the service worker's cache of it. */
export interface ContentSource {
  fetchIndex(): Promise<PostIndex>;
  fetchPost(summary: PostSummary): Promise<Post>;
}

/** What a sync run did. */
export interface SyncResult {
  version: string;
  added: number;
  updated: number;
  removed: number;
  /** Posts stored after the run. */
  total: number;
}

const VERSION_KEY = 'contentVersion';

/**
 * Brings the posts table in line with this build's index. The only writer of posts; it never
 * touches bookmarks, reading positions or settings. Safe to run twice at once (two tabs).
 */
export async function syncPosts(db: FieldNotesDB, source: ContentSource): Promise<SyncResult> {
  const index = await source.fetchIndex();
  const stored = await db.meta.get(VERSION_KEY);
  const storedHashes = new Map((await db.posts.toArray()).map((post) => [post.slug, post.hash]));
  if (stored?.value === index.version && storedHashes.size === index.posts.length) {
    return { version: index.version, added: 0, updated: 0, removed: 0, total: storedHashes.size };
  }
  const changed = index.posts.filter((summary) => storedHashes.get(summary.slug) !== summary.hash);
  // Every fetch happens before the transaction: awaiting the network inside an IndexedDB
  // transaction lets it auto-commit early, and later writes then fail.
  const bodies = await Promise.all(changed.map((summary) => source.fetchPost(summary)));
  const published = new Set(index.posts.map((summary) => summary.slug));
  const unpublished = [...storedHashes.keys()].filter((slug) => !published.has(slug));

  await db.transaction('rw', db.posts, db.meta, async () => {
    await db.posts.bulkPut(bodies);
    await db.posts.bulkDelete(unpublished);
    await db.meta.put({ key: VERSION_KEY, value: index.version });
  });
  const added = changed.filter((summary) => !storedHashes.has(summary.slug)).length;
  return {
    version: index.version,
    added,
    updated: changed.length - added,
    removed: unpublished.length,
    total: index.posts.length,
  };
}

/** The content version the stored posts came from, if any. */
export async function storedContentVersion(db: FieldNotesDB): Promise<string | undefined> {
  return (await db.meta.get(VERSION_KEY))?.value;
}
