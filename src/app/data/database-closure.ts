import type { FieldNotesDB } from './db.ts';

/**
 * Keeps the page working when its database is closed underneath it, and calls `onLost` when
 * it cannot: then the page must ask the reader to reload.
 *
 * - A newer version of the site opened in another tab upgrades the schema and fires
 *   `versionchange`: we close at once so its upgrade is not blocked, and cannot reopen (our
 *   schema is now the older one).
 * - The browser drops the connection ("Connection to Indexed Database server lost"): Dexie
 *   fires `close`; we reopen once, and give up only if that fails.
 */
export function watchForClosure(db: FieldNotesDB, onLost: () => void): void {
  // Once given up, stay closed: a failed open fires `close` again, which must not loop.
  let givenUp = false;
  let reopening = false;
  const giveUp = () => {
    givenUp = true;
    onLost();
  };
  db.on('versionchange', () => {
    givenUp = true;
    db.close();
    onLost();
    return false;
  });
  db.on('close', () => {
    if (givenUp || reopening) return;
    reopening = true;
    // Dexie fires `close` in the middle of closing; reopen once it has finished.
    setTimeout(() => {
      db.open().then(() => (reopening = false), giveUp);
    });
  });
}
