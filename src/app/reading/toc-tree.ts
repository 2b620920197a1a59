import type { Heading } from '../../shared/post.ts';

/** A table-of-contents entry: a section and the subsections under it. */
export interface TocEntry {
  heading: Heading;
  children: Heading[];
}

/** A post needs a table of contents once it has this many sections (h2 and h3 together). */
export const TOC_MIN_SECTIONS = 3;

/** A post's h2 and h3 headings as a tree: each h3 under the h2 before it, or at the top if none; no deeper ones. */
export function tocTree(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let parent: TocEntry | undefined;
  for (const heading of headings) {
    if (heading.depth === 2) {
      parent = { heading, children: [] };
      entries.push(parent);
    } else if (heading.depth === 3) {
      if (parent) parent.children.push(heading);
      else entries.push({ heading, children: [] });
    }
  }
  return entries;
}

/** Whether a post has enough sections to be worth a table of contents. */
export function needsToc(headings: readonly Heading[]): boolean {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3).length >= TOC_MIN_SECTIONS;
}
