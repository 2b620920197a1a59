// The entries of a reading file, checked one by one: any entry not whole and well-typed refuses the file, and so
// does a list longer than its kind's cap. Only the known fields are kept; a time after the file's own is clamped.
import { isChoice, READER_SETTING_CHOICES, SETTING_KEYS } from '../settings/reader-settings.ts';
import { isTime, type TimedSetting } from '../settings/setting-times.ts';
import { formatCount } from '../format.ts';
import type { Bookmark, BookmarkRemoval, ReadingState, ReadMark } from './db.ts';

/** How to read one kind of entry: what a person calls it, and its row or what is wrong with it. */
export interface EntryKind<T> {
  /** "Bookmark", as in "Bookmark 3 has no valid slug". */
  label: string;
  /** "bookmarks", as in "The file holds 12,000 bookmarks". */
  plural: string;
  /** The most entries a file may hold: far more than a reader makes, few enough to keep the pages fast. */
  max: number;
  /** The row, or what is wrong with the entry (never a string otherwise: rows are objects). */
  read(entry: Record<string, unknown>): T | string;
  key(row: T): string;
  time(row: T): number;
  /** The row with its time set to `time`. */
  withTime(row: T, time: number): T;
}

/** A list read whole (with how many times were clamped), or one sentence saying what is wrong. */
export type ReadEntries<T> = { ok: true; rows: T[]; clamped: number } | { ok: false; error: string };

/** Which times a file's entries may carry: up to `latest`; later ones are set to `clampTo`. */
export interface TimeBound {
  latest: number;
  clampTo: number;
}

/**
 * Reads every entry of `list` as `kind`: too many entries or one bad entry refuses the list; a time after
 * `bound.latest` is set to `bound.clampTo`; an item listed twice keeps its newest.
 */
export function readEntries<T>(kind: EntryKind<T>, list: readonly unknown[], bound: TimeBound): ReadEntries<T> {
  if (list.length > kind.max) {
    return {
      ok: false,
      error:
        `The file holds ${formatCount(list.length)} ${kind.plural}; a reading file can hold at most ` +
        `${formatCount(kind.max)}, so nothing was imported.`,
    };
  }
  const byKey = new Map<string, T>();
  let clamped = 0;
  for (const [index, entry] of list.entries()) {
    let row = isRecord(entry) ? kind.read(entry) : 'is not an object';
    if (typeof row === 'string')
      return { ok: false, error: `${kind.label} ${index + 1} ${row}; nothing was imported.` };
    if (kind.time(row) > bound.latest) {
      row = kind.withTime(row, bound.clampTo);
      clamped += 1;
    }
    const seen = byKey.get(kind.key(row));
    if (!seen || kind.time(row) > kind.time(seen)) byKey.set(kind.key(row), row);
  }
  return { ok: true, rows: [...byKey.values()], clamped };
}

/** A bookmark: slug, title, bookmarkedAt. */
export const BOOKMARK_ENTRY: EntryKind<Bookmark> = {
  label: 'Bookmark',
  plural: 'bookmarks',
  max: 10_000,
  read: (entry) => {
    if (!isSlug(entry.slug)) return NO_SLUG;
    if (typeof entry.title !== 'string' || entry.title.trim() === '' || entry.title.length > 1000) {
      return invalid(entry.slug, 'title');
    }
    if (!isTime(entry.bookmarkedAt)) return invalidTime(entry.slug, 'bookmarkedAt');
    return { slug: entry.slug, title: entry.title, bookmarkedAt: entry.bookmarkedAt };
  },
  key: (row) => row.slug,
  time: (row) => row.bookmarkedAt,
  withTime: (row, bookmarkedAt) => ({ ...row, bookmarkedAt }),
};

/** A bookmark the reader removed: slug, removedAt. */
export const BOOKMARK_REMOVAL_ENTRY: EntryKind<BookmarkRemoval> = {
  label: 'Removed bookmark',
  plural: 'removed bookmarks',
  max: 10_000,
  read: (entry) => {
    if (!isSlug(entry.slug)) return NO_SLUG;
    if (!isTime(entry.removedAt)) return invalidTime(entry.slug, 'removedAt');
    return { slug: entry.slug, removedAt: entry.removedAt };
  },
  key: (row) => row.slug,
  time: (row) => row.removedAt,
  withTime: (row, removedAt) => ({ ...row, removedAt }),
};

/** A post marked read or unread: slug, read, changedAt. */
export const READ_MARK_ENTRY: EntryKind<ReadMark> = {
  label: 'Read mark',
  plural: 'read marks',
  max: 50_000,
  read: (entry) => {
    if (!isSlug(entry.slug)) return NO_SLUG;
    if (typeof entry.read !== 'boolean') return invalid(entry.slug, 'read', 'true or false');
    if (!isTime(entry.changedAt)) return invalidTime(entry.slug, 'changedAt');
    return { slug: entry.slug, read: entry.read, changedAt: entry.changedAt };
  },
  key: (row) => row.slug,
  time: (row) => row.changedAt,
  withTime: (row, changedAt) => ({ ...row, changedAt }),
};

/** Where the reader stopped in a post: slug, anchor, progress, updatedAt. */
export const READING_POSITION_ENTRY: EntryKind<ReadingState> = {
  label: 'Reading position',
  plural: 'reading positions',
  max: 50_000,
  read: (entry) => {
    if (!isSlug(entry.slug)) return NO_SLUG;
    if (typeof entry.anchor !== 'string' || entry.anchor === '' || entry.anchor.length > 200) {
      return invalid(entry.slug, 'anchor');
    }
    const progress = entry.progress;
    if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) {
      return invalid(entry.slug, 'progress', 'a number from 0 to 1');
    }
    if (!isTime(entry.updatedAt)) return invalidTime(entry.slug, 'updatedAt');
    return { slug: entry.slug, anchor: entry.anchor, progress, updatedAt: entry.updatedAt };
  },
  key: (row) => row.slug,
  time: (row) => row.updatedAt,
  withTime: (row, updatedAt) => ({ ...row, updatedAt }),
};

/** A reader setting: key, value (one of its choices), changedAt. */
export const SETTING_ENTRY: EntryKind<TimedSetting> = {
  label: 'Setting',
  plural: 'settings',
  // A few keys, each once; a file listing some twice is still fine.
  max: 100,
  read: (entry) => {
    const key = SETTING_KEYS.find((known) => known === entry.key);
    if (!key) return `has no "key" this site knows (one of ${SETTING_KEYS.join(', ')})`;
    if (!isChoice(key, entry.value)) {
      const choices = READER_SETTING_CHOICES[key].map((choice) => choice.value).join(', ');
      return invalid(key, 'value', `one of ${choices}`);
    }
    if (!isTime(entry.changedAt)) return invalidTime(key, 'changedAt');
    return { key, value: entry.value, changedAt: entry.changedAt } as TimedSetting;
  },
  key: (row) => row.key,
  time: (row) => row.changedAt,
  withTime: (row, changedAt) => ({ ...row, changedAt }),
};

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NO_SLUG = 'has no valid "slug" (lowercase letters, digits and hyphens)';

function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && /^[a-z0-9][a-z0-9-]*$/.test(value);
}

function invalid(name: string, field: string, expected?: string): string {
  return `("${name}") has no valid "${field}"${expected ? ` (${expected})` : ''}`;
}

function invalidTime(name: string, field: string): string {
  return invalid(name, field, 'milliseconds since 1970');
}
