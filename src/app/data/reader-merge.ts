// How an imported reading file meets the device, item by item and by time alone: the newer wins, a tie keeps the
// device's own. A removed bookmark is an item too: a removal newer than the bookmark removes it, a bookmark newer
// than the removal comes back. An item the file lacks stays, and importing a file again writes nothing.
import type { TimedSetting } from '../settings/setting-times.ts';
import type { Bookmark, BookmarkRemoval } from './db.ts';
import type { ReaderData } from './reader-file.ts';

/** What merging one kind of item does: the rows to write, and how many of the file's were new, newer, or not. */
export interface KindMerge<T> {
  writes: T[];
  /** Items in the file. */
  inFile: number;
  /** Items the device did not have. */
  added: number;
  /** Items the device had, with an older time. */
  newer: number;
  /** Items the device had at the same time or a newer one; they stay as they are. */
  kept: number;
}

/** The file's bookmarks: `added` counts those bookmarked again after the device's removal (`restored`) too. */
export interface BookmarkMerge extends KindMerge<Bookmark> {
  /** Bookmarks the device removed after the file's time: they stay removed. */
  stayRemoved: number;
  /** Bookmarks the device removed before the file's time: they come back. */
  restored: number;
}

/** The file's removals: each newer than the device's bookmark removes it; every newer one is recorded. */
export interface RemovalMerge extends KindMerge<BookmarkRemoval> {
  /** The device's bookmarks the file removed after they were bookmarked here: they go. */
  removes: string[];
}

/** A merge of every kind of item a reading file holds. */
export type ReaderMerge = {
  [K in Exclude<keyof ReaderData, 'bookmarks' | 'bookmarkRemovals'>]: KindMerge<ReaderData[K][number]>;
} & { bookmarks: BookmarkMerge; bookmarkRemovals: RemovalMerge };

/** What the device holds for one bookmarked or removed slug. */
export interface StoredBookmark {
  bookmark?: Bookmark;
  removal?: BookmarkRemoval;
}

/** For each kind, the device's row matching each of the file's rows (by position), where it has one. */
export type StoredMatches = {
  [K in Exclude<keyof ReaderData, 'bookmarks' | 'bookmarkRemovals'>]: readonly (ReaderData[K][number] | undefined)[];
} & { bookmarks: readonly StoredBookmark[]; bookmarkRemovals: readonly StoredBookmark[] };

/** Merges `incoming` rows with `stored`, their matches on the device (by position), newer time winning. */
export function mergeByTime<T>(
  incoming: readonly T[],
  stored: readonly (T | undefined)[],
  time: (row: T) => number,
): KindMerge<T> {
  const merge: KindMerge<T> = { writes: [], inFile: incoming.length, added: 0, newer: 0, kept: 0 };
  incoming.forEach((row, i) => {
    const mine = stored[i];
    if (mine === undefined) merge.added += 1;
    else if (time(row) > time(mine)) merge.newer += 1;
    else {
      merge.kept += 1;
      return;
    }
    merge.writes.push(row);
  });
  return merge;
}

/** Merges the file's bookmarks with what the device holds for each: its bookmark, or its removal. */
export function mergeBookmarks(incoming: readonly Bookmark[], stored: readonly StoredBookmark[]): BookmarkMerge {
  const merge: BookmarkMerge = {
    writes: [],
    inFile: incoming.length,
    added: 0,
    newer: 0,
    kept: 0,
    stayRemoved: 0,
    restored: 0,
  };
  incoming.forEach((row, i) => {
    const { bookmark, removal } = stored[i] ?? {};
    if (removal && removal.removedAt >= row.bookmarkedAt) {
      merge.stayRemoved += 1;
      return;
    }
    if (removal) merge.restored += 1;
    if (!bookmark) merge.added += 1;
    else if (row.bookmarkedAt > bookmark.bookmarkedAt) merge.newer += 1;
    else {
      merge.kept += 1;
      return;
    }
    merge.writes.push(row);
  });
  return merge;
}

/** Merges the file's removals with what the device holds for each: its bookmark, or its own removal. */
export function mergeRemovals(incoming: readonly BookmarkRemoval[], stored: readonly StoredBookmark[]): RemovalMerge {
  const merge: RemovalMerge = { writes: [], inFile: incoming.length, added: 0, newer: 0, kept: 0, removes: [] };
  incoming.forEach((row, i) => {
    const { bookmark, removal } = stored[i] ?? {};
    if (bookmark) {
      if (row.removedAt <= bookmark.bookmarkedAt) {
        merge.kept += 1;
        return;
      }
      merge.removes.push(row.slug);
      merge.added += 1;
    } else if (!removal) merge.added += 1;
    else if (row.removedAt > removal.removedAt) merge.newer += 1;
    else {
      merge.kept += 1;
      return;
    }
    merge.writes.push(row);
  });
  return merge;
}

/** Merges a whole reading file with the device's matching rows. */
export function mergeReaderData(incoming: ReaderData, stored: StoredMatches): ReaderMerge {
  return {
    bookmarks: mergeBookmarks(incoming.bookmarks, stored.bookmarks),
    bookmarkRemovals: mergeRemovals(incoming.bookmarkRemovals, stored.bookmarkRemovals),
    readMarks: mergeByTime(incoming.readMarks, stored.readMarks, (row) => row.changedAt),
    readingPositions: mergeByTime(incoming.readingPositions, stored.readingPositions, (row) => row.updatedAt),
    settings: mergeByTime(incoming.settings, stored.settings, (row) => row.changedAt),
  };
}

/** The device's settings matching `incoming`'s, by key. */
export function matchSettings(
  incoming: readonly TimedSetting[],
  mine: readonly TimedSetting[],
): (TimedSetting | undefined)[] {
  return incoming.map((setting) => mine.find((own) => own.key === setting.key));
}

/** Whether a merge would write anything at all. */
export function changesAnything(merge: ReaderMerge): boolean {
  return Object.values(merge).some((kind: KindMerge<unknown>) => kind.writes.length > 0);
}

/** How many bookmarks the device holds after the merge, from how many it holds now. */
export function bookmarksAfter(merge: ReaderMerge, now: number): number {
  return now + merge.bookmarks.added - merge.bookmarkRemovals.removes.length;
}
