import type { IndexManifest, Post, ShardEntry } from '../../shared/post.ts';
import { toSummary } from '../../shared/post.ts';
import { mapLimited } from '../../shared/map-limited.ts';
import type { Arrival, FieldNotesDB } from './db.ts';
import { forgetRepublished, noteTakenDown } from './taken-down.ts';

/** Where sync reads this build's data from: the network, or the service worker's cache of it. */
export interface ContentSource {
  fetchIndex(): Promise<IndexManifest>;
  fetchShard(file: string): Promise<ShardEntry[]>;
  fetchBundle(file: string): Promise<Post[]>;
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

/** How far a sync has got: posts of this build stored so far, of all of them. */
export interface SyncProgress {
  saved: number;
  total: number;
}

/** Knobs for a sync run. */
export interface SyncOptions {
  /** Called after every committed batch (and once before the first), with the posts stored so far. */
  onProgress?: (progress: SyncProgress) => void;
  /** How many files are fetched at once. */
  concurrency?: number;
}

const VERSION_KEY = 'contentVersion';

/** The database refused the sync's writes (storage full, or connection lost); the page then keeps posts in memory. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
}

/** Brings posts and summaries in line with the build's index, nothing else; safe in two tabs at once (same puts). */
export async function syncPosts(
  db: FieldNotesDB,
  source: ContentSource,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const concurrency = options.concurrency ?? 3;
  const manifest = await source.fetchIndex();
  const [version, storedCount] = await Promise.all([storedContentVersion(db), db.summaries.count()]);
  if (version === manifest.version && storedCount === manifest.total) {
    options.onProgress?.({ saved: storedCount, total: manifest.total });
    return { version: manifest.version, added: 0, updated: 0, removed: 0, total: storedCount };
  }
  const entries = (await mapLimited(manifest.shards, concurrency, (file) => source.fetchShard(file))).flat();
  // Hashes come from the summaries alone: diffing never reads a post body.
  const storedHashes = new Map<string, string>();
  await db.summaries.each((summary) => storedHashes.set(summary.slug, summary.hash));
  const changed = entries.filter((entry) => storedHashes.get(entry.slug) !== entry.hash);
  const progress = { saved: entries.length - changed.length, total: entries.length };
  options.onProgress?.({ ...progress });

  // Bundles in the order their newest post appears, so the newest posts are readable first.
  const wanted = new Map<string, Map<string, ShardEntry>>();
  for (const entry of changed) {
    const inBundle = wanted.get(entry.bundle) ?? new Map<string, ShardEntry>();
    inBundle.set(entry.slug, entry);
    wanted.set(entry.bundle, inBundle);
  }
  // A transaction for each bundle as it arrives: an interrupted run keeps what it saved, and the next fetches the rest.
  await mapLimited([...wanted], concurrency, async ([file, inBundle]) => {
    const posts = (await source.fetchBundle(file)).filter((post) => inBundle.get(post.slug)?.hash === post.hash);
    if (posts.length !== inBundle.size) throw new Error(`${file} does not hold the posts the index lists in it`);
    // The fetch is over before the transaction starts: awaiting the network inside an IndexedDB
    // transaction lets it auto-commit early, and later writes then fail.
    await written(() =>
      db.transaction('rw', db.posts, db.summaries, db.arrivals, async () => {
        await db.posts.bulkPut(posts);
        await db.summaries.bulkPut(posts.map(toSummary));
        // A device's first sync brings every post; none of them is news to the reader.
        if (version !== undefined) await db.arrivals.bulkPut(posts.map((post) => arrival(post.slug, storedHashes)));
      }),
    );
    progress.saved += posts.length;
    options.onProgress?.({ ...progress });
  });

  // Removals and the version marker come last, once everything is in.
  const published = new Set(entries.map((entry) => entry.slug));
  const removed = await written(() =>
    db.transaction('rw', db.posts, db.summaries, db.arrivals, db.meta, async () => {
      // Keys only; a post without a summary (never expected) is removed too.
      const keys = new Set([
        ...(await db.summaries.toCollection().primaryKeys()),
        ...(await db.posts.toCollection().primaryKeys()),
      ]);
      const unpublished = [...keys].filter((slug) => !published.has(slug));
      await noteTakenDown(db, unpublished);
      await forgetRepublished(db, published);
      await db.posts.bulkDelete(unpublished);
      await db.summaries.bulkDelete(unpublished);
      await db.arrivals.bulkDelete(unpublished);
      await db.meta.put({ key: VERSION_KEY, value: manifest.version });
      return unpublished.length;
    }),
  );
  const added = changed.filter((entry) => !storedHashes.has(entry.slug)).length;
  return { version: manifest.version, added, updated: changed.length - added, removed, total: entries.length };
}

function arrival(slug: string, storedHashes: ReadonlyMap<string, string>): Arrival {
  return { slug, kind: storedHashes.has(slug) ? 'updated' : 'new', arrivedAt: Date.now() };
}

/** Runs a write transaction; its failure is a StorageWriteError, told apart from a failed fetch. */
async function written<T>(transaction: () => Promise<T>): Promise<T> {
  try {
    return await transaction();
  } catch (error) {
    const inner = error instanceof Error ? error : new Error(String(error));
    throw new StorageWriteError(`${inner.name}: ${inner.message}`, { cause: error });
  }
}

/** The content version the stored posts came from, if any. */
export async function storedContentVersion(db: FieldNotesDB): Promise<string | undefined> {
  return (await db.meta.get(VERSION_KEY))?.value;
}
