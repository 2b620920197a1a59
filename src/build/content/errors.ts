/** A problem in one content file, at one line, that the author can fix. */
export interface ContentProblem {
  /** Path as shown to the author, relative to the project root (e.g. `content/posts/a.md`). */
  file: string;
  line: number;
  message: string;
}

/** `content/posts/a.md:3: what is wrong`, the format editors and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when content is invalid; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
