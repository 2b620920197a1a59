import { createSignal } from 'solid-js';
import type { FieldNotesDB } from './db.ts';
import type { WriteFailure } from './write-outcome.ts';

/** The browser's answer on keeping our storage, after a bookmark, or 'memory' (this visit only). */
export type PersistenceOutcome = 'granted' | 'denied' | 'memory';

/** Which of the reader's writes failed. */
export type ReaderWrite = 'bookmark' | 'read-mark' | 'reading-position';

/** What the toast says after a reader's write: the persistence answer, or that a write failed and why. */
export type ReaderDataNotice = PersistenceOutcome | { notSaved: ReaderWrite; failure: WriteFailure };

/** The settings row that remembers the question was asked, so the reader is told only once. */
export const PERSISTENCE_ASKED_KEY = 'persistenceAskedOnFirstBookmark';

const [persistenceNotice, setPersistenceNotice] = createSignal<ReaderDataNotice>();

/** The notice to show the reader after a write (the answer after their first bookmark, or a failure); cleared when dismissed. */
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

let positionFailureTold = false;

/** Tells the reader a write failed and why; a reading position, saved as they scroll, is told once a visit. */
export function noteWriteFailed(write: ReaderWrite, failure: WriteFailure): void {
  if (write === 'reading-position') {
    if (positionFailureTold) return;
    positionFailureTold = true;
  }
  setPersistenceNotice({ notSaved: write, failure });
}
