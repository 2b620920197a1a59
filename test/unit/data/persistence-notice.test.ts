import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import {
  askPersistenceOnce,
  dismissPersistenceNotice,
  notePersistenceAfterBookmark,
  noteWriteFailed,
  PERSISTENCE_ASKED_KEY,
  persistenceNotice,
} from '../../../src/app/data/persistence-notice.ts';

let db: FieldNotesDB;

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  dismissPersistenceNotice();
  await db.delete();
});

describe('askPersistenceOnce', () => {
  it('asks the first time and says what the browser answered', async () => {
    const request = vi.fn(() => Promise.resolve(true));

    expect(await askPersistenceOnce(db, request)).toBe('granted');

    expect(request).toHaveBeenCalledTimes(1);
    expect((await db.settings.get(PERSISTENCE_ASKED_KEY))?.value).toMatchObject({ outcome: 'granted' });
  });

  it('reports a refusal, or a failure to ask, as denied', async () => {
    expect(await askPersistenceOnce(db, () => Promise.resolve(false))).toBe('denied');
    const other = new FieldNotesDB(`test-${crypto.randomUUID()}`);
    try {
      expect(await askPersistenceOnce(other, () => Promise.reject(new Error('no')))).toBe('denied');
    } finally {
      await other.delete();
    }
  });

  it('never asks again once asked, even after a reload (a new connection)', async () => {
    await askPersistenceOnce(db, () => Promise.resolve(false));
    const request = vi.fn(() => Promise.resolve(true));
    const reloaded = new FieldNotesDB(db.name);
    try {
      expect(await askPersistenceOnce(reloaded, request)).toBeUndefined();
      expect(await askPersistenceOnce(db, request)).toBeUndefined();
    } finally {
      reloaded.close();
    }
    expect(request).not.toHaveBeenCalled();
  });

  it('asks only once when two tabs bookmark at the same moment', async () => {
    const otherTab = new FieldNotesDB(db.name);
    const request = vi.fn(() => Promise.resolve(true));
    try {
      const outcomes = await Promise.all([askPersistenceOnce(db, request), askPersistenceOnce(otherTab, request)]);
      expect(outcomes.filter(Boolean)).toEqual(['granted']);
    } finally {
      otherTab.close();
    }
    expect(request).toHaveBeenCalledTimes(1);
  });
});

describe('notePersistenceAfterBookmark', () => {
  it('shows the answer once, and nothing the second time', async () => {
    expect(persistenceNotice()).toBeUndefined();
    await notePersistenceAfterBookmark(db, () => Promise.resolve(false));
    expect(persistenceNotice()).toBe('denied');

    dismissPersistenceNotice();
    await notePersistenceAfterBookmark(db, () => Promise.resolve(true));
    expect(persistenceNotice()).toBeUndefined();
  });
});

describe('noteWriteFailed', () => {
  it('tells every failed bookmark, but a reading position, saved while scrolling, once a visit', () => {
    noteWriteFailed('reading-position', 'storage-full');
    expect(persistenceNotice()).toEqual({ notSaved: 'reading-position', failure: 'storage-full' });
    dismissPersistenceNotice();
    noteWriteFailed('reading-position', 'storage-full');
    expect(persistenceNotice()).toBeUndefined();

    noteWriteFailed('bookmark', 'cleared');
    dismissPersistenceNotice();
    noteWriteFailed('bookmark', 'cleared');
    expect(persistenceNotice()).toEqual({ notSaved: 'bookmark', failure: 'cleared' });
  });
});
