/** Which posts of a long list are rendered: indexes `start` (inclusive) to `end` (exclusive). */
export interface ListWindow {
  start: number;
  end: number;
}

/** How many posts a list shows before "Show more": enough to fill two screens. */
export const PAGE_SIZE = 20;

/** How many cards a list renders at most; older pages give way as newer ones are shown. */
export const MAX_RENDERED = 100;

/** The first page of a list. */
export function firstWindow(pageSize: number): ListWindow {
  return { start: 0, end: pageSize };
}

/** `window` fitted to `total` posts: never past the end, and a list that shrank under it shows its last page. */
export function fitWindow(window: ListWindow, total: number, pageSize: number): ListWindow {
  const end = Math.min(total, Math.max(window.end, pageSize));
  const start = Math.max(0, Math.min(window.start, end - pageSize));
  return { start, end };
}

/** The next page added at the end; the first pages drop out once more than `max` would render. */
export function showMore(window: ListWindow, total: number, pageSize: number, max = MAX_RENDERED): ListWindow {
  const end = Math.min(total, window.end + pageSize);
  return { start: Math.max(window.start, end - max), end };
}

/** The page before the window added back at the start; the last pages drop out beyond `max`. */
export function showEarlier(window: ListWindow, pageSize: number, max = MAX_RENDERED): ListWindow {
  const start = Math.max(0, window.start - pageSize);
  return { start, end: Math.min(window.end, start + max) };
}
