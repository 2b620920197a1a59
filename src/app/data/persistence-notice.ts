import { createSignal } from 'solid-js';
import type { FieldNotesDB } from './db.ts';

/**
 * What the reader is told after bookmarking: what the browser answered when the first bookmark
 * asked it to keep our storage, that bookmarks last this visit only ('memory'), or that the
 * bookmark could not be saved ('not-saved').
 */
export type PersistenceOutcome = 'granted' | 'denied' | 'memory' | 'not-saved';

/** The settings row that remembers the question was asked, so the reader is told only once. */
export const PERSISTENCE_ASKED_KEY = 'persistenceAskedOnFirstBookmark';

const [persistenceNotice, setPersistenceNotice] = createSignal<PersistenceOutcome>();

/** The answer to show the reader, once, after their first bookmark; cleared when dismissed. */
export { persistenceNotice };

/** Hides the notice. */
export function dismissPersistenceNotice(): void {
  setPersistenceNotice(undefined);
}

/**
 * After a bookmark is added: asks for persistent storage if it was never asked before, and
 * returns the answer; undefined when it had been asked already (in any tab, at any time).
 * The claim is written before asking, in a transaction, so two tabs never both ask.
 */
export async function askPersistenceOnce(
  db: FieldNotesDB,
  request: () => Promise<boolean>,
): Promise<PersistenceOutcome | undefined> {
  const claimed = await db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(PERSISTENCE_ASKED_KEY)) return false;
    await db.settings.put({ key: PERSISTENCE_ASKED_KEY, value: { outcome: 'asking' } });
    return true;
  });
  if (!claimed) return undefined;
  const outcome: PersistenceOutcome = (await request().catch(() => false)) ? 'granted' : 'denied';
  await db.settings.put({ key: PERSISTENCE_ASKED_KEY, value: { outcome, at: Date.now() } });
  return outcome;
}

/** Asks (at most once ever) and, if it did, shows the answer. */
export async function notePersistenceAfterBookmark(db: FieldNotesDB, request: () => Promise<boolean>): Promise<void> {
  const outcome = await askPersistenceOnce(db, request);
  if (outcome) setPersistenceNotice(outcome);
}

/** Tells the reader a bookmark lasts only this visit, since the browser keeps no data. */
export function noteBookmarkKeptForVisit(): void {
  setPersistenceNotice('memory');
}

/** Tells the reader the browser refused to store a bookmark (its storage full, most often). */
export function noteBookmarkNotSaved(): void {
  setPersistenceNotice('not-saved');
}
