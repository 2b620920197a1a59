import type { PostSummary } from '../../shared/post.ts';
import { saveReadingPosition } from './reading-state.ts';
import { readTimedSettings, writeTimedSettings } from '../settings/reader-settings-store.ts';
import { removeBookmark, setBookmark } from './bookmarks.ts';
import { checkFileSize, parseReaderFile, readerFileName, serializeReaderData, type ReaderData } from './reader-file.ts';
import type { ReaderMerge } from './reader-merge.ts';
import { applyImport, collectReaderData, previewImport } from './reader-transfer.ts';
import { noteBookmarkKeptForVisit, noteBookmarkNotSaved, notePersistenceAfterBookmark } from './persistence-notice.ts';
import { database, storageMode, whenDatabaseOpen } from './runtime.ts';
import { requestPersistentStorage } from './storage.ts';

/**
 * Reader actions for components, bound to the open database, so components never import
 * `db` themselves. Each throws when storage is not open yet; buttons stay disabled until then.
 */
function openDatabase() {
  const db = database();
  if (!db) throw new Error('Storage is not open yet.');
  return db;
}

/**
 * Sets a post's bookmark to the opposite of `shown`, what its button showed; resolves with whether it is now bookmarked. The first
 * bookmark ever is the moment to ask the browser to keep our storage (never on first load).
 */
export async function toggleBookmarkOf(post: Pick<PostSummary, 'slug' | 'title'>, shown: boolean): Promise<boolean> {
  const db = openDatabase();
  const bookmarked = await setBookmark(db, post, !shown).catch((error: unknown) => {
    noteBookmarkNotSaved();
    throw error;
  });
  if (bookmarked && storageMode()?.kind === 'memory') noteBookmarkKeptForVisit();
  else if (bookmarked) {
    notePersistenceAfterBookmark(db, requestPersistentStorage).catch((error: unknown) =>
      console.warn('Could not ask the browser to keep this site’s data', error),
    );
  }
  return bookmarked;
}

/** Removes a bookmark, for example one whose post is no longer published. */
export async function removeBookmarkOf(slug: string): Promise<void> {
  await removeBookmark(openDatabase(), slug);
}

/**
 * Remembers where the reader is in a post, once storage is open. A position the browser refuses
 * to store (its storage full) is a small loss, and reading must never fail because of it.
 */
export async function saveReadingPositionOf(slug: string, anchor: string, progress: number): Promise<void> {
  try {
    await saveReadingPosition(database() ?? (await whenDatabaseOpen()), slug, anchor, progress);
  } catch (error) {
    console.warn('Could not save the reading position', error);
  }
}

/** Everything the reader keeps on this device, as the text and file name of an export. */
export async function exportReadingFile(now = new Date()): Promise<{ name: string; text: string; data: ReaderData }> {
  const data = await collectReaderData(openDatabase(), readTimedSettings());
  return { name: readerFileName(now), text: serializeReaderData(data, now), data };
}

/** A checked reading file: what it holds, what importing it would change, and the import itself. */
export interface ReadingImport {
  data: ReaderData;
  preview: ReaderMerge;
  /** Merges the file in, all or nothing; resolves with what it did. */
  apply(): Promise<ReaderMerge>;
}

/**
 * Validates a whole reading file (or a version 1 bookmarks file) and works out what importing it
 * would change, writing nothing; a bad file throws its reason. An oversized file is refused
 * before it is read into memory.
 */
export async function openReadingFile(file: Blob): Promise<ReadingImport> {
  const tooBig = checkFileSize(file.size);
  if (tooBig) throw new Error(tooBig);
  const parsed = parseReaderFile(await file.text());
  if (!parsed.ok) throw new Error(parsed.error);
  const { data } = parsed;
  return {
    data,
    preview: await previewImport(openDatabase(), data, readTimedSettings()),
    apply: () => applyImport(openDatabase(), data, { read: readTimedSettings, write: writeTimedSettings }),
  };
}

/** Whether reader actions can run yet (the database is open). */
export function canSaveReaderData(): boolean {
  return database() !== undefined;
}
