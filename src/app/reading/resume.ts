import type { Heading } from '../../shared/post.ts';
import { blockIndexOf, elementForAnchor, sectionHeadingOf } from './anchors.ts';

/** Past this much of the post the reader has finished it: nothing to resume. */
export const FINISHED_PROGRESS = 0.97;

/** Where "Continue where you left off" leads: the block, and the section it is in. */
export interface ResumeTarget {
  element: HTMLElement;
  section?: string;
  progress: number;
}

/** Where to offer resuming; undefined if the reader was not past the first block, had finished, or the anchor went. */
export function resumeTarget(
  body: HTMLElement,
  position: { anchor: string; progress: number } | null,
  headings: readonly Heading[],
): ResumeTarget | undefined {
  if (!position || position.progress >= FINISHED_PROGRESS) return undefined;
  const element = elementForAnchor(body, position.anchor);
  if (!element) return undefined;
  const top = element.parentElement === body ? element : element.closest('.post-body > *');
  if (!top || blockIndexOf(body, top) < 1) return undefined;
  const heading = sectionHeadingOf(top);
  const section = heading && (headings.find((entry) => entry.id === heading.id)?.text ?? heading.textContent ?? '');
  return { element, section: section || undefined, progress: position.progress };
}
