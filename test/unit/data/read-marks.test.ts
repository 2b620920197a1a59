import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { markAllRead, markRead } from '../../../src/app/data/read-marks.ts';

let db: FieldNotesDB;

/** The slugs of every post marked read, straight from the table. */
async function readSlugs(database: FieldNotesDB): Promise<Set<string>> {
  return new Set((await database.readMarks.toArray()).filter((mark) => mark.read).map((mark) => mark.slug));
}

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('read marks', () => {
  it('marks a post read and unread, keeping the row and the time of the change', async () => {
    vi.useFakeTimers({ now: 1_000, toFake: ['Date'] });
    await markRead(db, 'a', true);
    expect(await readSlugs(db)).toEqual(new Set(['a']));
    vi.setSystemTime(2_000);
    await markRead(db, 'a', false);
    expect(await readSlugs(db)).toEqual(new Set());
    expect(await db.readMarks.get('a')).toEqual({ slug: 'a', read: false, changedAt: 2_000 });
  });

  it('marks all read without moving the time of posts read already', async () => {
    vi.useFakeTimers({ now: 1_000, toFake: ['Date'] });
    await markRead(db, 'a', true);
    await markRead(db, 'b', false);
    vi.setSystemTime(5_000);
    await markAllRead(db, ['a', 'b', 'c']);
    expect(await readSlugs(db)).toEqual(new Set(['a', 'b', 'c']));
    expect(await db.readMarks.orderBy('slug').toArray()).toEqual([
      { slug: 'a', read: true, changedAt: 1_000 },
      { slug: 'b', read: true, changedAt: 5_000 },
      { slug: 'c', read: true, changedAt: 5_000 },
    ]);
  });
});
