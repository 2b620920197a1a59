import type { FieldNotesDB } from './db.ts';

/** Away this long, and coming back is a new visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** The `meta` row that holds the visit. */
export const VISIT_KEY = 'visit';

/** The reader's current visit, and when the one before it ended. */
export interface Visit {
  startedAt: number;
  lastActiveAt: number;
  /** When the previous visit ended; absent on the device's first visit. */
  previousEndedAt?: number;
}

/** Notes the reader at `now`: the same visit if active within the gap, else a new one, noting when the last ended. */
export async function recordVisit(db: FieldNotesDB, now: number = Date.now()): Promise<Visit> {
  return db.transaction('rw', db.meta, async () => {
    const last = await storedVisit(db);
    const visit: Visit =
      last && now - last.lastActiveAt < VISIT_GAP_MS
        ? { ...last, lastActiveAt: Math.max(now, last.lastActiveAt) }
        : { startedAt: now, lastActiveAt: now, ...(last ? { previousEndedAt: last.lastActiveAt } : {}) };
    await db.meta.put({ key: VISIT_KEY, value: JSON.stringify(visit) });
    return visit;
  });
}

/** The visit as last recorded, if any. */
export async function storedVisit(db: FieldNotesDB): Promise<Visit | undefined> {
  const row = await db.meta.get(VISIT_KEY);
  if (!row) return undefined;
  try {
    const visit = JSON.parse(row.value) as Visit;
    return typeof visit.startedAt === 'number' && typeof visit.lastActiveAt === 'number' ? visit : undefined;
  } catch {
    return undefined;
  }
}
