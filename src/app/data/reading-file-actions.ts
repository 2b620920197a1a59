// Export and import of the reading file, apart from the everyday actions so that only the pages with the file tools
// (Bookmarks, Offline & storage) load the file format and the merge.
import { openDatabase } from './actions.ts';
import { checkFileSize, parseReaderFile, readerFileName, serializeReaderData, type ReaderData } from './reader-file.ts';
import type { ReaderMerge } from './reader-merge.ts';
import { applyImport, collectReaderData, previewImport } from './reader-transfer.ts';
import { readTimedSettings, writeTimedSettings } from '../settings/reader-settings-store.ts';

/** Everything the reader keeps on this device, as the text and file name of an export. */
export async function exportReadingFile(now = new Date()): Promise<{ name: string; text: string; data: ReaderData }> {
  const data = await collectReaderData(openDatabase(), readTimedSettings());
  return { name: readerFileName(now), text: serializeReaderData(data, now), data };
}

/** A checked reading file: what it holds, what importing it would change, and the import itself. */
export interface ReadingImport {
  data: ReaderData;
  /** How many of its times were after the file's export time and were set to it. */
  clamped: number;
  preview: ReaderMerge;
  /** Merges the file in, all or nothing; resolves with what it did. */
  apply(): Promise<ReaderMerge>;
}

/** Checks a reading file (or version 1 bookmarks file) and previews its import, writing nothing; throws why not. */
export async function openReadingFile(file: Blob): Promise<ReadingImport> {
  // Refused before the file is read into memory.
  const tooBig = checkFileSize(file.size);
  if (tooBig) throw new Error(tooBig);
  const parsed = parseReaderFile(await file.text());
  if (!parsed.ok) throw new Error(parsed.error);
  const { data, clamped } = parsed;
  return {
    data,
    clamped,
    preview: await previewImport(openDatabase(), data, readTimedSettings()),
    apply: () => applyImport(openDatabase(), data, { read: readTimedSettings, write: writeTimedSettings }),
  };
}
