import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBookmark } from '../../../src/app/data/bookmarks.ts';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { lastWrite, recordWrite, whyWriteFailed } from '../../../src/app/data/write-outcome.ts';

let db: FieldNotesDB;

beforeEach(async () => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** What a full disk does to IndexedDB: every put refused with a QuotaExceededError. */
function fillTheDisk(): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('recordWrite', () => {
  it('finds a full disk through Dexie’s wrapping, and keeps it as the last write’s outcome', async () => {
    fillTheDisk();
    const failure = await recordWrite(() => setBookmark(db, { slug: 'a', title: 'A' }, true)).catch(
      (error: unknown) => error,
    );

    expect(whyWriteFailed(failure)).toBe('storage-full');
    expect(lastWrite()).toBe('storage-full');
  });

  it('calls a failure that is not for want of space a refusal, and a later success saved', async () => {
    await expect(recordWrite(() => Promise.reject(new Error('denied')))).rejects.toThrow('denied');
    expect(lastWrite()).toBe('refused');

    await recordWrite(() => setBookmark(db, { slug: 'a', title: 'A' }, true));
    expect(lastWrite()).toBe('saved');
  });
});
