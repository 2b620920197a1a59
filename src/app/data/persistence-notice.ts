import { createSignal } from 'solid-js';
import type { FieldNotesDB } from './db.ts';

/** Told after a bookmark: the browser's answer on keeping our storage, 'memory' (this visit only) or 'not-saved'. */
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

/** Asks for persistent storage if never asked before, in any tab, and returns the answer; else undefined. */
export async function askPersistenceOnce(
  db: FieldNotesDB,
  request: () => Promise<boolean>,
): Promise<PersistenceOutcome | undefined> {
  // The claim is written before asking, in a transaction, so two tabs never both ask.
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
