import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { markRead } from '../../../src/app/data/read-marks.ts';
import { readerMarks } from '../../../src/app/data/reader-marks.ts';
import { syncPosts } from '../../../src/app/data/sync.ts';
import { recordVisit, storedVisit, VISIT_GAP_MS } from '../../../src/app/data/visits.ts';
import { makePost, makeSource } from './fixtures.ts';

const alpha = makePost('alpha');
const beta = makePost('beta');
const betaEdited = makePost('beta', { hash: 'hash-beta-2', html: '<p>Edited.</p>' });
const gamma = makePost('gamma');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let db: FieldNotesDB;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 10, 12, 9), toFake: ['Date'] });
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function marksNow() {
  const [arrivals, marks, visit] = await Promise.all([db.arrivals.toArray(), db.readMarks.toArray(), storedVisit(db)]);
  return readerMarks(arrivals, marks, visit);
}

function later(ms: number): number {
  vi.setSystemTime(Date.now() + ms);
  return Date.now();
}

describe('new and updated posts across content versions and visits', () => {
  it('marks nothing on a first visit, however many posts it brings', async () => {
    await recordVisit(db);
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    expect((await marksNow()).news).toEqual(new Map());
  });

  it('marks what a new deploy brought when the reader comes back, since the end of the last visit', async () => {
    await recordVisit(db);
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    const lastSeen = await recordVisit(db, later(10 * MINUTE));

    later(20 * DAY);
    await recordVisit(db);
    await syncPosts(db, makeSource('v2', [alpha, betaEdited, gamma]));

    const marks = await marksNow();
    expect(marks.news).toEqual(
      new Map([
        ['beta', 'updated'],
        ['gamma', 'new'],
      ]),
    );
    expect(marks.since).toBe(lastSeen.lastActiveAt);
  });

  it('keeps the marks through the visit, clears one when its post is read, and all at the next visit', async () => {
    await recordVisit(db);
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    later(20 * DAY);
    await recordVisit(db);
    await syncPosts(db, makeSource('v2', [alpha, betaEdited, gamma]));

    // Coming and going within the visit changes nothing.
    await recordVisit(db, later(VISIT_GAP_MS - MINUTE));
    expect([...(await marksNow()).news.keys()].sort()).toEqual(['beta', 'gamma']);

    await markRead(db, 'gamma', true);
    expect([...(await marksNow()).news.keys()]).toEqual(['beta']);
    expect((await marksNow()).read).toEqual(new Set(['gamma']));

    await recordVisit(db, later(VISIT_GAP_MS + MINUTE));
    expect((await marksNow()).news).toEqual(new Map());
  });

  it('marks a post read before it changed as updated again', async () => {
    await recordVisit(db);
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    await markRead(db, 'beta', true);
    later(MINUTE);
    await syncPosts(db, makeSource('v2', [alpha, betaEdited]));
    expect((await marksNow()).news).toEqual(new Map([['beta', 'updated']]));
  });
});
