// What lists mark on each post for this reader: read, or new or updated since their last visit.
import type { Accessor } from 'solid-js';
import type { Arrival, FieldNotesDB, ReadMark } from './db.ts';
import { withDatabase } from './live-query.ts';
import { storedVisit, type Visit } from './visits.ts';

/** The marks of every post, and since when "new" counts. */
export interface ReaderMarks {
  read: ReadonlySet<string>;
  /** Posts that arrived new or changed since the previous visit ended, and are unread since. */
  news: ReadonlyMap<string, Arrival['kind']>;
  /** When the previous visit ended (absent on a device's first visit). */
  since?: number;
}

/** No post read and none new: the marks until the database answers. */
export const NO_MARKS: ReaderMarks = { read: new Set(), news: new Map() };

/** Every post's marks; a post is news from its arrival until read or a later visit begins (a whole visit to see it). */
export function readerMarks(arrivals: readonly Arrival[], marks: readonly ReadMark[], visit?: Visit): ReaderMarks {
  const markOf = new Map(marks.map((mark) => [mark.slug, mark]));
  const since = visit?.previousEndedAt;
  const news = new Map<string, Arrival['kind']>();
  for (const arrival of arrivals) {
    const mark = markOf.get(arrival.slug);
    const readSince = mark?.read === true && mark.changedAt >= arrival.arrivedAt;
    if (arrival.arrivedAt > (since ?? 0) && !readSince) news.set(arrival.slug, arrival.kind);
  }
  const read = new Set(marks.filter((mark) => mark.read).map((mark) => mark.slug));
  return { read, news, ...(since !== undefined ? { since } : {}) };
}

/** The reader's marks, live: they follow reading, marking and syncs in every tab. */
export function createReaderMarks(): Accessor<ReaderMarks> {
  const marks = withDatabase(readMarksOf);
  return () => marks() ?? NO_MARKS;
}

async function readMarksOf(db: FieldNotesDB): Promise<ReaderMarks> {
  const [arrivals, marks, visit] = await Promise.all([db.arrivals.toArray(), db.readMarks.toArray(), storedVisit(db)]);
  return readerMarks(arrivals, marks, visit);
}
