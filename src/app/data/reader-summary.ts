// What a reading file holds and what importing it does, in the words the page shows.
import type { ReaderData } from './reader-file.ts';
import { changesAnything, type KindMerge, type ReaderMerge } from './reader-merge.ts';

/** "12 bookmarks, 1 removed bookmark, 40 read posts, 3 reading positions and 2 settings"; "nothing" for an empty file. */
export function describeContents(data: ReaderData): string {
  const read = data.readMarks.filter((mark) => mark.read).length;
  const parts = [
    count(data.bookmarks.length, 'bookmark'),
    count(data.bookmarkRemovals.length, 'removed bookmark'),
    count(read, 'read post'),
    count(data.readMarks.length - read, 'post marked unread', 'posts marked unread'),
    count(data.readingPositions.length, 'reading position'),
    count(data.settings.length, 'setting'),
  ].filter((part) => !part.startsWith('0 '));
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** What importing would change, said before anything is written; `clamped` times were after the file's export. */
export function describePreview(fileName: string, data: ReaderData, merge: ReaderMerge, clamped = 0): string {
  const { added, newer, kept } = totals(merge);
  const { stayRemoved } = merge.bookmarks;
  const holds = `${fileName} holds ${describeContents(data)}`;
  const later = clamped === 0 ? '' : ` ${describeClamped(clamped)}`;
  if (added + newer + kept + stayRemoved + merge.bookmarkRemovals.inFile === 0) {
    return `${holds}: there is nothing to import.${later}`;
  }
  if (!changesAnything(merge) && stayRemoved === 0 && merge.bookmarkRemovals.inFile === 0) {
    return `${holds}, all already here: importing it changes nothing.${later}`;
  }
  const parts = nonZero(
    [added, 'new'],
    [newer, 'newer than yours'],
    [kept, 'already here'],
    [stayRemoved, 'removed here since'],
  );
  return (
    [parts.length > 0 ? `${holds}: ${parts.join(', ')}.` : `${holds}.`, ...bookmarkChanges(merge)].join(' ') + later
  );
}

/** What an import did. */
export function describeResult(merge: ReaderMerge): string {
  const { added, newer, kept } = totals(merge);
  const removed = merge.bookmarkRemovals.removes.length;
  if (added + newer + removed === 0) return 'Nothing changed: everything in the file was already here.';
  const changes = nonZero([added, 'new'], [newer, 'newer than yours']);
  const done = [
    changes.length > 0 ? `Imported ${changes.join(' and ')}` : '',
    removed > 0 ? `${changes.length > 0 ? 'removed' : 'Removed'} ${count(removed, 'bookmark')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return kept === 0 ? `${done}.` : `${done}; ${kept} already here stayed as ${kept === 1 ? 'it was' : 'they were'}.`;
}

/** One line per kind of item in the file, e.g. "Bookmarks: 12 (5 new, 2 newer than yours)". */
export function describeKinds(merge: ReaderMerge): string[] {
  const labels: Record<Exclude<keyof ReaderMerge, 'bookmarkRemovals'>, string> = {
    bookmarks: 'Bookmarks',
    readMarks: 'Read and unread marks',
    readingPositions: 'Reading positions',
    settings: 'Reader settings',
  };
  const lines = (Object.keys(labels) as (keyof typeof labels)[])
    .filter((kind) => merge[kind].inFile > 0)
    .map((kind) => {
      const { inFile, added, newer } = merge[kind];
      const removedHere = kind === 'bookmarks' ? nonZero([merge.bookmarks.stayRemoved, 'removed here since']) : [];
      return `${labels[kind]}: ${inFile} (${[`${added} new`, `${newer} newer than yours`, ...removedHere].join(', ')})`;
    });
  const { inFile, removes } = merge.bookmarkRemovals;
  if (inFile > 0)
    lines.splice(
      merge.bookmarks.inFile > 0 ? 1 : 0,
      0,
      `Removed bookmarks: ${inFile} (${removes.length} to remove here)`,
    );
  return lines;
}

/** The sentences about bookmarks the file removed, or that were removed here since it was made. */
function bookmarkChanges(merge: ReaderMerge): string[] {
  const { stayRemoved, restored } = merge.bookmarks;
  const removes = merge.bookmarkRemovals.removes.length;
  const sentences: string[] = [];
  if (removes > 0) {
    sentences.push(
      `${count(removes, 'bookmark')} will be removed: ${removes === 1 ? 'it was' : 'they were'} removed elsewhere ` +
        `after you bookmarked ${removes === 1 ? 'it' : 'them'} here.`,
    );
  }
  if (restored > 0) {
    sentences.push(
      `${count(restored, 'bookmark')} you removed will be added back: ${restored === 1 ? 'it was' : 'they were'} ` +
        'bookmarked again elsewhere since.',
    );
  } else if (stayRemoved > 0) {
    sentences.push(
      `${count(stayRemoved, 'bookmark')} you removed after the file was made ${stayRemoved === 1 ? 'stays' : 'stay'} ` +
        'removed: nothing will be added back.',
    );
  }
  return sentences;
}

function describeClamped(clamped: number): string {
  return clamped === 1
    ? '1 item was dated after the file was exported, so it counts as made when the file was.'
    : `${clamped} items were dated after the file was exported, so they count as made when the file was.`;
}

/** The file's items by outcome, over every kind but the removals (said apart, in bookmarkChanges). */
function totals(merge: ReaderMerge): Pick<KindMerge<unknown>, 'added' | 'newer' | 'kept'> {
  const { bookmarkRemovals: _removals, ...kinds } = merge;
  const all: KindMerge<unknown>[] = Object.values(kinds);
  const sum = (field: 'added' | 'newer' | 'kept') => all.reduce((total, kind) => total + kind[field], 0);
  return { added: sum('added'), newer: sum('newer'), kept: sum('kept') };
}

function nonZero(...parts: [number, string][]): string[] {
  return parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
