// The shape of a bench:scale run, and what went wrong in it.
import type { HugoBuild } from './hugo.ts';
import type { OurBuild } from './ours.ts';
import type { VisitFigures } from './visit.ts';
import { count } from './format.ts';

/** Everything measured for one corpus size. */
export interface SizeResult {
  posts: number;
  corpusBytes: number;
  ours: Omit<OurBuild, 'dist'>;
  hugo: HugoBuild | null;
  visit: VisitFigures | { error: string } | null;
}

/** One bench:scale run. */
export interface ScaleResults {
  date: string;
  seed: number;
  chromium: string;
  hugo: string | null;
  cores: number;
  sizes: SizeResult[];
}

/** The visit's figures, or undefined when the visit failed or was not made. */
export function visitOf(size: SizeResult | undefined): VisitFigures | undefined {
  return size?.visit && !('error' in size.visit) ? size.visit : undefined;
}

/** One line per failed build or visit, saying why, for under the table. */
export function failureNotes(results: ScaleResults): string[] {
  const notes: string[] = [];
  for (const size of results.sizes) {
    const at = `${count(size.posts)} posts`;
    if (!size.ours.ok) notes.push(`${at}: our build failed: ${size.ours.tail}`);
    if (size.hugo && !size.hugo.ok) notes.push(`${at}: Hugo failed: ${size.hugo.tail}`);
    if (size.visit && 'error' in size.visit) notes.push(`${at}: the visit failed: ${size.visit.error}`);
    else if (size.visit) notes.push(...size.visit.notes.map((note) => `${at}: ${note}`));
  }
  return notes;
}

/** What a failed build said went wrong: its output ends in a stack trace, the reason comes before. */
export function reasonOf(tail: string): string {
  const lines = tail.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => /exceeding|error/i.test(line));
  const useful = lines
    .slice(Math.max(0, start))
    .filter((line) => line && !line.startsWith('at ') && !/^[{}]|^code:|^plugin:|^hook:|^Check https/.test(line));
  return useful.slice(0, 6).join(' ').slice(0, 400) || 'no output';
}
