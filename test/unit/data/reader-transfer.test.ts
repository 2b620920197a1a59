// @vitest-environment jsdom
// jsdom for localStorage, where the reader settings live beside the Dexie tables an import writes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeBookmark, setBookmark } from '../../../src/app/data/bookmarks.ts';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { parseReaderFile, serializeReaderData, type ReaderData } from '../../../src/app/data/reader-file.ts';
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
  bookmarkRemovals: [],
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
    bookmarkRemovals: await db.bookmarkRemovals.orderBy('slug').toArray(),
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
      bookmarkRemovals: [],
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

describe('removed bookmarks between two devices (each a database of its own)', () => {
  let other: FieldNotesDB;
  const post = (slug: string) => ({ slug, title: `Title of ${slug}` });
  let clock = Date.UTC(2026, 11, 1);
  const tick = () => vi.spyOn(Date, 'now').mockReturnValue((clock += 60_000));

  beforeEach(() => {
    other = new FieldNotesDB(`test-other-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await other.delete();
  });

  /** What `from` exports now, as the other device reads the file. */
  async function exported(from: FieldNotesDB): Promise<ReaderData> {
    tick();
    const text = serializeReaderData(await collectReaderData(from, []), new Date(Date.now()));
    const parsed = parseReaderFile(text, Date.now());
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.data;
  }
  const slugs = async (from: FieldNotesDB) => (await from.bookmarks.orderBy('slug').primaryKeys()).sort();

  it('never brings back a bookmark removed after the file was exported', async () => {
    tick();
    await setBookmark(db, post('a'), true);
    await setBookmark(db, post('b'), true);
    const file = await exported(db);
    tick();
    await removeBookmark(db, 'a');
    const preview = await previewImport(db, file, []);
    expect(preview.bookmarks).toMatchObject({ stayRemoved: 1, added: 0, restored: 0 });
    await applyImport(db, file, SETTINGS);
    expect(await slugs(db)).toEqual(['b', 'both', 'mine']);
  });

  it('removes here what the other device removed later, and brings back what was bookmarked again', async () => {
    tick();
    await setBookmark(db, post('a'), true);
    await setBookmark(db, post('b'), true);
    await applyImport(other, await exported(db), SETTINGS);
    tick();
    await removeBookmark(other, 'b');
    await removeBookmark(other, 'a');
    tick();
    await setBookmark(other, post('a'), true);
    const fromOther = await exported(other);
    expect(fromOther.bookmarkRemovals.map((row) => row.slug)).toEqual(['b']);

    const preview = await previewImport(db, fromOther, []);
    expect(preview.bookmarkRemovals.removes).toEqual(['b']);
    await applyImport(db, fromOther, SETTINGS);
    expect(await slugs(db)).toEqual(['a', 'both', 'mine']);
    expect((await db.bookmarkRemovals.toArray()).map((row) => row.slug)).toEqual(['b']);

    // And back the other way: re-bookmarking b here after its removal wins on the other device.
    tick();
    await setBookmark(db, post('b'), true);
    await applyImport(other, await exported(db), SETTINGS);
    expect(await slugs(other)).toEqual(['a', 'b', 'both', 'mine']);
    expect(await other.bookmarkRemovals.count()).toBe(0);
  });

  it('refuses an import that would leave more bookmarks than a file can carry, writing nothing', async () => {
    const many: ReaderData = {
      ...FILE,
      bookmarks: Array.from({ length: 9_999 }, (_, i) => ({ slug: `p-${i}`, title: 'P', bookmarkedAt: 1 })),
    };
    const before = await snapshot();
    const message =
      'With this file you would have 10,001 bookmarks; this site keeps at most 10,000, so nothing was imported.';
    await expect(previewImport(db, many, [])).rejects.toThrow(message);
    await expect(applyImport(db, many, SETTINGS)).rejects.toThrow(message);
    expect(await snapshot()).toEqual(before);
  });
});
