import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { toSummary, type Post, type PostSummary } from '../../shared/post.ts';
import { DEFAULT_DB_NAME } from './database-name.ts';

/** A post the reader saved, kept even after the post is unpublished. */
export interface Bookmark {
  slug: string;
  /** Kept so a bookmark of an unpublished post can still be named. */
  title: string;
  /** Milliseconds since the epoch. */
  bookmarkedAt: number;
}

/** A bookmark the reader removed, and when: kept so an older copy of it (another device's file) never brings it back. */
export interface BookmarkRemoval {
  slug: string;
  /** Milliseconds since the epoch. */
  removedAt: number;
}

/** Where the reader stopped in a post: the id of the heading or paragraph at the top of the screen. */
export interface ReadingState {
  slug: string;
  anchor: string;
  /** 0 to 1, how far through the post. */
  progress: number;
  updatedAt: number;
}

/** Whether the reader has read a post, kept either way with its time so two devices' marks merge to the newer. */
export interface ReadMark {
  slug: string;
  read: boolean;
  changedAt: number;
}

/** A post that came to this device new or changed since it first synced, and when. */
export interface Arrival {
  slug: string;
  kind: 'new' | 'updated';
  arrivedAt: number;
}

/** One reader setting (theme, font size…), stored as a key and a JSON-able value. */
export interface Setting {
  key: string;
  value: unknown;
}

/** Facts about the stored data itself, such as the content version the posts came from. */
export interface Meta {
  key: string;
  value: string;
}

/** The Dexie schema. Every version() stays for ever, so any older database upgrades in place. */
export class FieldNotesDB extends Dexie {
  posts!: EntityTable<Post, 'slug'>;
  /** Every stored post without its body: what lists, tags and sync's diff read, so they never load bodies. */
  summaries!: EntityTable<PostSummary, 'slug'>;
  bookmarks!: EntityTable<Bookmark, 'slug'>;
  readingState!: EntityTable<ReadingState, 'slug'>;
  settings!: EntityTable<Setting, 'key'>;
  meta!: EntityTable<Meta, 'key'>;
  readMarks!: EntityTable<ReadMark, 'slug'>;
  arrivals!: EntityTable<Arrival, 'slug'>;
  bookmarkRemovals!: EntityTable<BookmarkRemoval, 'slug'>;

  /** `options` lets the in-memory fallback hand Dexie another IndexedDB implementation. */
  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      posts: 'slug, date, *tags',
      bookmarks: 'slug, bookmarkedAt',
      readingState: 'slug, updatedAt',
      settings: 'key',
      meta: 'key',
    });
    // v2: summaries in a table of their own, written with the posts, so reading every post's metadata reads no body.
    // Posts are then read only by slug, so their date and tag indexes go (cheaper writes).
    this.version(2)
      .stores({ posts: 'slug', summaries: 'slug, date, *tags' })
      .upgrade(async (tx) => {
        const summaries: PostSummary[] = [];
        await tx.table<Post, string>('posts').each((post) => summaries.push(toSummary(post)));
        await tx.table<PostSummary, string>('summaries').bulkPut(summaries);
      });
    // v3: what the reader has read, and which posts arrived new or changed (for "New" marks).
    this.version(3).stores({ readMarks: 'slug, changedAt', arrivals: 'slug, arrivedAt' });
    // v4: removed bookmarks with their time, so a removal travels in the reading file and beats an older bookmark.
    this.version(4).stores({ bookmarkRemovals: 'slug, removedAt' });
  }
}

/**
 * Whether the open database was upgraded by a newer version of the site. Dexie stores version N as N × 10, and
 * parts of our schema the database lacked as N × 10 + 1 and so on: those are still ours, so only a whole version
 * above counts.
 */
export function openedByNewerVersion(db: FieldNotesDB): boolean {
  return Math.floor(db.backendDB().version / 10) > db.verno;
}
