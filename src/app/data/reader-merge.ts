// How an imported reading file meets the device, item by item and by time alone: the newer wins, a tie keeps the
// device's own. An item the file lacks stays, so an import never deletes, and importing a file again writes nothing.
import type { TimedSetting } from '../settings/setting-times.ts';
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

/** A merge of every kind of item a reading file holds. */
export type ReaderMerge = { [K in keyof ReaderData]: KindMerge<ReaderData[K][number]> };

/** For each kind, the device's row matching each of the file's rows (by position), where it has one. */
export type StoredMatches = { [K in keyof ReaderData]: readonly (ReaderData[K][number] | undefined)[] };

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

/** Merges a whole reading file with the device's matching rows. */
export function mergeReaderData(incoming: ReaderData, stored: StoredMatches): ReaderMerge {
  return {
    bookmarks: mergeByTime(incoming.bookmarks, stored.bookmarks, (row) => row.bookmarkedAt),
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
