// What a reading file holds and what importing it does, in the words the page shows.
import type { ReaderData } from './reader-file.ts';
import { changesAnything, type KindMerge, type ReaderMerge } from './reader-merge.ts';

/** "12 bookmarks, 40 read posts, 3 reading positions and 2 settings"; "nothing" for an empty file. */
export function describeContents(data: ReaderData): string {
  const read = data.readMarks.filter((mark) => mark.read).length;
  const parts = [
    count(data.bookmarks.length, 'bookmark'),
    count(read, 'read post'),
    count(data.readMarks.length - read, 'post marked unread', 'posts marked unread'),
    count(data.readingPositions.length, 'reading position'),
    count(data.settings.length, 'setting'),
  ].filter((part) => !part.startsWith('0 '));
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** What importing would change, said before anything is written. */
export function describePreview(fileName: string, data: ReaderData, merge: ReaderMerge): string {
  const { added, newer, kept } = totals(merge);
  const holds = `${fileName} holds ${describeContents(data)}`;
  if (added + newer + kept === 0) return `${holds}: there is nothing to import.`;
  if (!changesAnything(merge)) return `${holds}, all already here: importing it changes nothing.`;
  return `${holds}: ${nonZero([added, 'new'], [newer, 'newer than yours'], [kept, 'already here']).join(', ')}.`;
}

/** What an import did. */
export function describeResult(merge: ReaderMerge): string {
  const { added, newer, kept } = totals(merge);
  if (!changesAnything(merge)) return 'Nothing changed: everything in the file was already here.';
  const done = `Imported ${nonZero([added, 'new'], [newer, 'newer than yours']).join(' and ')}`;
  return kept === 0 ? `${done}.` : `${done}; ${kept} already here stayed as ${kept === 1 ? 'it was' : 'they were'}.`;
}

/** One line per kind of item in the file, e.g. "Bookmarks: 12 (5 new, 2 newer than yours)". */
export function describeKinds(merge: ReaderMerge): string[] {
  const labels: Record<keyof ReaderMerge, string> = {
    bookmarks: 'Bookmarks',
    readMarks: 'Read and unread marks',
    readingPositions: 'Reading positions',
    settings: 'Reader settings',
  };
  return (Object.keys(labels) as (keyof ReaderMerge)[])
    .filter((kind) => merge[kind].inFile > 0)
    .map((kind) => {
      const { inFile, added, newer } = merge[kind];
      return `${labels[kind]}: ${inFile} (${added} new, ${newer} newer than yours)`;
    });
}

function totals(merge: ReaderMerge): Pick<KindMerge<unknown>, 'added' | 'newer' | 'kept'> {
  const kinds: KindMerge<unknown>[] = Object.values(merge);
  const sum = (field: 'added' | 'newer' | 'kept') => kinds.reduce((total, kind) => total + kind[field], 0);
  return { added: sum('added'), newer: sum('newer'), kept: sum('kept') };
}

function nonZero(...parts: [number, string][]): string[] {
  return parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
