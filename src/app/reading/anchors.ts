// Positions are stored as `block:<n>`, a top-level element of `.post-body`: unlike a pixel offset it survives a new
// font size or window width, and it finds the very paragraph. An edit may shift it a block or two, which is harmless.

/** How far below the top of the viewport a block must reach to count as the one being read. */
export const TOP_OFFSET = 32;

/** The stored form of a position at the `index`th top-level block of the body. */
export function blockAnchor(index: number): string {
  return `block:${index}`;
}

/** The index of the block the reader is at: the first whose bottom is below the top of the screen. */
export function topBlockIndex(body: HTMLElement): number {
  const blocks = Array.from(body.children);
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > TOP_OFFSET);
  return index === -1 ? Math.max(0, blocks.length - 1) : index;
}

/** The top-level block an anchor names, if the body still has it. */
export function elementForAnchor(body: HTMLElement, anchor: string): HTMLElement | undefined {
  const match = /^block:(\d+)$/.exec(anchor);
  if (match) {
    const block = body.children[Number(match[1])];
    return block instanceof HTMLElement ? block : undefined;
  }
  const byId = body.ownerDocument.getElementById(anchor);
  return byId && body.contains(byId) ? byId : undefined;
}

/** The index of a top-level block, or -1 for an element outside the body's top level. */
export function blockIndexOf(body: HTMLElement, element: Element): number {
  return Array.prototype.indexOf.call(body.children, element);
}

/** The heading of the section holding `element`: itself if a heading, else the nearest one above. */
export function sectionHeadingOf(element: Element): HTMLElement | undefined {
  for (let node: Element | null = element; node; node = node.previousElementSibling) {
    if (node instanceof HTMLElement && /^H[2-4]$/.test(node.tagName) && node.id) return node;
  }
  return undefined;
}

/** How far through the body the reader is: 0 while its top is below the screen's top, 1 once its bottom is in view. */
export function progressThrough(body: HTMLElement, viewportHeight: number): number {
  const rect = body.getBoundingClientRect();
  const scrollable = rect.height - viewportHeight;
  if (scrollable <= 0) return rect.bottom <= viewportHeight ? 1 : 0;
  return Math.min(1, Math.max(0, -rect.top / scrollable));
}
