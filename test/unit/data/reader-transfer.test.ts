// @vitest-environment jsdom
// jsdom for localStorage, where the reader settings live beside the Dexie tables an import writes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import type { ReaderData } from '../../../src/app/data/reader-file.ts';
import { changesAnything } from '../../../src/app/data/reader-merge.ts';
import { applyImport, collectReaderData, previewImport } from '../../../src/app/data/reader-transfer.ts';
import { READER_SETTINGS_KEY } from '../../../src/app/settings/reader-settings.ts';
import {
  readerSettings,
  readTimedSettings,
  startReaderSettings,
  writeTimedSettings,
} from '../../../src/app/settings/reader-settings-store.ts';

const SETTINGS = { read: readTimedSettings, write: writeTimedSettings };
const FILE: ReaderData = {
  bookmarks: [
    { slug: 'theirs', title: 'Only on the other device', bookmarkedAt: 300 },
    { slug: 'both', title: 'Both, bookmarked later there', bookmarkedAt: 500 },
  ],
  readMarks: [
    { slug: 'theirs', read: true, changedAt: 310 },
    { slug: 'both', read: false, changedAt: 100 },
  ],
  readingPositions: [{ slug: 'theirs', anchor: 'block:3', progress: 0.3, updatedAt: 320 }],
  settings: [{ key: 'theme', value: 'dark', changedAt: 330 }],
};

let db: FieldNotesDB;
let stop: () => void;

beforeEach(async () => {
  localStorage.clear();
  stop = startReaderSettings();
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
  await db.bookmarks.bulkPut([
    { slug: 'mine', title: 'Only on this device', bookmarkedAt: 50 },
    { slug: 'both', title: 'Both', bookmarkedAt: 200 },
  ]);
  await db.readMarks.put({ slug: 'both', read: true, changedAt: 250 });
  await db.readingState.put({ slug: 'mine', anchor: 'intro', progress: 0.9, updatedAt: 60 });
});

afterEach(async () => {
  vi.restoreAllMocks();
  stop();
  await db.delete();
});

async function snapshot() {
  return {
    bookmarks: await db.bookmarks.orderBy('slug').toArray(),
    readMarks: await db.readMarks.orderBy('slug').toArray(),
    readingState: await db.readingState.orderBy('slug').toArray(),
    settings: localStorage.getItem(READER_SETTINGS_KEY),
  };
}

describe('collectReaderData', () => {
  it('reads every bookmark, read mark, position and chosen setting, and nothing else', async () => {
    await db.meta.put({ key: 'contentVersion', value: 'v1' });
    await db.settings.put({ key: 'persistenceAskedOnFirstBookmark', value: { outcome: 'granted' } });
    const data = await collectReaderData(db, [{ key: 'font', value: 'sans', changedAt: 9 }]);
    expect(data).toEqual({
      bookmarks: [
        { slug: 'both', title: 'Both', bookmarkedAt: 200 },
        { slug: 'mine', title: 'Only on this device', bookmarkedAt: 50 },
      ],
      readMarks: [{ slug: 'both', read: true, changedAt: 250 }],
      readingPositions: [{ slug: 'mine', anchor: 'intro', progress: 0.9, updatedAt: 60 }],
      settings: [{ key: 'font', value: 'sans', changedAt: 9 }],
    });
  });
});

describe('previewImport', () => {
  it('counts what the file would add and update, and writes nothing', async () => {
    const before = await snapshot();
    const preview = await previewImport(db, FILE, readTimedSettings());
    expect(preview.bookmarks).toMatchObject({ inFile: 2, added: 1, newer: 1, kept: 0 });
    expect(preview.readMarks).toMatchObject({ inFile: 2, added: 1, newer: 0, kept: 1 });
    expect(preview.readingPositions).toMatchObject({ added: 1 });
    expect(preview.settings).toMatchObject({ added: 1 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('applyImport', () => {
  it('merges item by item, newer winning, and never deletes', async () => {
    await applyImport(db, FILE, SETTINGS);
    const after = await snapshot();
    expect(after.bookmarks).toEqual([
      { slug: 'both', title: 'Both, bookmarked later there', bookmarkedAt: 500 },
      { slug: 'mine', title: 'Only on this device', bookmarkedAt: 50 },
      { slug: 'theirs', title: 'Only on the other device', bookmarkedAt: 300 },
    ]);
    // The device's read mark of "both" is newer than the file's unread one, so it stays.
    expect(after.readMarks).toEqual([
      { slug: 'both', read: true, changedAt: 250 },
      { slug: 'theirs', read: true, changedAt: 310 },
    ]);
    expect(after.readingState.map((row) => row.slug)).toEqual(['mine', 'theirs']);
    expect(readerSettings().theme).toBe('dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(readTimedSettings()).toEqual([{ key: 'theme', value: 'dark', changedAt: 330 }]);
  });

  it('changes nothing when the same file is imported a second time', async () => {
    await applyImport(db, FILE, SETTINGS);
    const once = await snapshot();
    const again = await applyImport(db, FILE, SETTINGS);
    expect(changesAnything(again)).toBe(false);
    expect(await snapshot()).toEqual(once);
  });

  it('keeps a setting chosen here later than the file’s', async () => {
    writeTimedSettings([{ key: 'theme', value: 'light', changedAt: 900 }]);
    const merge = await applyImport(db, FILE, SETTINGS);
    expect(merge.settings).toMatchObject({ writes: [], kept: 1 });
    expect(readerSettings().theme).toBe('light');
  });

  it('writes nothing at all when one write fails partway', async () => {
    const before = await snapshot();
    // The last table written refuses one row, as a full disk would.
    db.readingState.hook('creating', (_key, row) => {
      if (row.slug === 'theirs') throw new Error('QuotaExceededError');
    });
    await expect(applyImport(db, FILE, SETTINGS)).rejects.toThrow('QuotaExceededError');
    expect(await snapshot()).toEqual(before);
    expect(readerSettings().theme).toBe('system');
  });

  it('writes nothing to the database when storage refuses the settings', async () => {
    const before = await snapshot();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(applyImport(db, FILE, SETTINGS)).rejects.toThrow('This browser would not store the reader settings.');
    expect(await snapshot()).toEqual(before);
  });

  it('puts the settings back when the transaction fails after they were written', async () => {
    writeTimedSettings([{ key: 'font', value: 'sans', changedAt: 1 }]);
    const before = await snapshot();
    // The transaction aborts once the settings are written, as one whose commit fails would.
    const failing = {
      read: readTimedSettings,
      write: (changes: Parameters<typeof writeTimedSettings>[0]) => {
        const undo = writeTimedSettings(changes);
        expect(readerSettings().theme).toBe('dark');
        Dexie.currentTransaction?.abort();
        return undo;
      },
    };
    await expect(applyImport(db, FILE, failing)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(readerSettings()).toMatchObject({ theme: 'system', font: 'sans' });
  });
});
