import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { readingPosition, saveReadingPosition } from '../../../src/app/data/reading-state.ts';

let db: FieldNotesDB;

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  // Only Date is faked: fake-indexeddb schedules its work with real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function at(time: string): number {
  vi.setSystemTime(new Date(time));
  return Date.parse(time);
}

async function savedProgress(progress: number): Promise<number | undefined> {
  await saveReadingPosition(db, 'post', 'intro', progress);
  return (await readingPosition(db, 'post'))?.progress;
}

describe('saveReadingPosition', () => {
  it('stores the anchor, the progress and the time of the save', async () => {
    const now = at('2025-11-12T10:00:00.000Z');

    await saveReadingPosition(db, 'service-mesh-notes', 'sidecars', 0.42);

    expect(await db.readingState.toArray()).toEqual([
      { slug: 'service-mesh-notes', anchor: 'sidecars', progress: 0.42, updatedAt: now },
    ]);
  });

  it.each([
    { given: 0, stored: 0 },
    { given: 0.5, stored: 0.5 },
    { given: 1, stored: 1 },
    { given: -0.2, stored: 0 },
    { given: -5, stored: 0 },
    { given: 1.3, stored: 1 },
    { given: 42, stored: 1 },
  ])('clamps a progress of $given to $stored', async ({ given, stored }) => {
    expect(await savedProgress(given)).toBe(stored);
  });

  it('stores a NaN progress (0 / 0, a post shorter than the screen) as the start, 0', async () => {
    expect(await savedProgress(0 / 0)).toBe(0);
  });

  it.each([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('keeps a progress of %s within 0..1', async (given) => {
    const progress = await savedProgress(given);

    expect(progress).toBeGreaterThanOrEqual(0);
    expect(progress).toBeLessThanOrEqual(1);
  });

  it('keeps one position per post', async () => {
    await saveReadingPosition(db, 'alpha', 'intro', 0.1);
    await saveReadingPosition(db, 'beta', 'outro', 0.9);

    expect(await readingPosition(db, 'alpha')).toMatchObject({ anchor: 'intro', progress: 0.1 });
    expect(await readingPosition(db, 'beta')).toMatchObject({ anchor: 'outro', progress: 0.9 });
    expect(await db.readingState.count()).toBe(2);
  });
});

describe('readingPosition', () => {
  it('is undefined for a post the reader never started', async () => {
    expect(await readingPosition(db, 'never-opened')).toBeUndefined();
  });

  it('returns the latest save, replacing the earlier one', async () => {
    at('2025-11-12T10:00:00.000Z');
    await saveReadingPosition(db, 'alpha', 'intro', 0.1);
    const later = at('2025-11-12T10:05:00.000Z');
    await saveReadingPosition(db, 'alpha', 'deployment', 0.6);

    expect(await readingPosition(db, 'alpha')).toEqual({
      slug: 'alpha',
      anchor: 'deployment',
      progress: 0.6,
      updatedAt: later,
    });
    expect(await db.readingState.count()).toBe(1);
  });

  it('returns the latest save even when the reader scrolled back up', async () => {
    at('2025-11-12T10:00:00.000Z');
    await saveReadingPosition(db, 'alpha', 'deployment', 0.6);
    const later = at('2025-11-12T10:01:00.000Z');
    await saveReadingPosition(db, 'alpha', 'intro', 0.05);

    expect(await readingPosition(db, 'alpha')).toEqual({
      slug: 'alpha',
      anchor: 'intro',
      progress: 0.05,
      updatedAt: later,
    });
  });
});
