// Scroll positions per history entry, kept in sessionStorage so they survive a reload of the tab.
// Keyed by the `_depth` @solidjs/router stamps on every history.state (as its own restoration is), else by URL.

const STORAGE_KEY = 'field-notes:scroll-positions';

/** The key of the current history entry. */
export function currentEntryKey(): string {
  const depth = (history.state as { _depth?: unknown } | null)?._depth;
  return typeof depth === 'number' ? `depth:${depth}` : `url:${location.pathname}${location.search}`;
}

/** Positions by entry key, read once from sessionStorage; never throws when storage is off. */
export function loadScrollPositions(): Map<string, number> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(Object.entries(parsed).filter((entry): entry is [string, number] => Number.isFinite(entry[1])));
  } catch {
    return new Map();
  }
}

/** Writes the positions back; a full or disabled storage only costs the memory after a reload. */
export function saveScrollPositions(positions: Map<string, number>): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(positions)));
  } catch {
    // Nothing to do: positions still work within this page.
  }
}

/** After a new navigation at `key`, the entries ahead of it are gone from history: forget them. */
export function forgetEntriesFrom(positions: Map<string, number>, key: string): void {
  const depth = depthOf(key);
  if (depth === undefined) return;
  for (const other of positions.keys()) {
    const otherDepth = depthOf(other);
    if (otherDepth !== undefined && otherDepth >= depth) positions.delete(other);
  }
}

function depthOf(key: string): number | undefined {
  return key.startsWith('depth:') ? Number(key.slice(6)) : undefined;
}
