import type { FieldNotesDB, ReadingState } from './db.ts';

/** Remembers where the reader is in a post, by the anchor at the top of the screen. */
export async function saveReadingPosition(
  db: FieldNotesDB,
  slug: string,
  anchor: string,
  progress: number,
): Promise<void> {
  await db.readingState.put({ slug, anchor, progress: clampProgress(progress), updatedAt: Date.now() });
}

/** Where the reader stopped in a post, if they started it. */
export async function readingPosition(db: FieldNotesDB, slug: string): Promise<ReadingState | undefined> {
  return db.readingState.get(slug);
}

// A post shorter than the screen gives 0 / 0; store that as the start, not NaN.
function clampProgress(progress: number): number {
  return Number.isNaN(progress) ? 0 : Math.min(1, Math.max(0, progress));
}
