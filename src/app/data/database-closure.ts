import type { FieldNotesDB } from './db.ts';

/**
 * Keeps the page working when its database is closed underneath it, and calls `onLost` when
 * it cannot: then the page must ask the reader to reload.
 *
 * - A newer version of the site opened in another tab upgrades the schema and fires
 *   `versionchange`: we close at once so its upgrade is not blocked, and cannot reopen (our
 *   schema is now the older one).
 * - That newer tab upgraded it before this page opened it: Dexie does not fail then, it opens
 *   the newer schema as it is. Our code is the older one all the same, so we do as above.
 * - The browser drops the connection ("Connection to Indexed Database server lost"): Dexie
 *   fires `close`; we reopen once, and give up only if that fails.
 */
export function watchForClosure(db: FieldNotesDB, onLost: () => void): void {
  // Once given up, stay closed: a failed open fires `close` again, which must not loop.
  let givenUp = false;
  let reopening = false;
  const giveUp = () => {
    if (givenUp) return;
    givenUp = true;
    onLost();
  };
  const stepAsideForNewerVersion = () => {
    if (givenUp) return;
    // Before closing: Dexie fires `close` for our own close too, and that must not reopen.
    givenUp = true;
    db.close();
    onLost();
  };
  db.on('versionchange', () => {
    stepAsideForNewerVersion();
    return false;
  });
  // Sticky: runs now if the database is open already, and after every later open. Deferred a
  // task, as closing while Dexie is still finishing the open would fail that open instead.
  db.on(
    'ready',
    () => {
      if (openedByNewerVersion(db)) setTimeout(stepAsideForNewerVersion);
    },
    true,
  );
  db.on('close', () => {
    if (givenUp || reopening) return;
    reopening = true;
    // Dexie fires `close` in the middle of closing; reopen once it has finished.
    setTimeout(() => {
      db.open().then(() => (reopening = false), giveUp);
    });
  });
}

/**
 * Whether the open database carries a newer schema than this code declares. Dexie stores
 * version N as N × 10 and, when our schema has parts the database lacks, adds them as N × 10 + 1
 * and so on: those are still ours, so only a whole version above counts.
 */
function openedByNewerVersion(db: FieldNotesDB): boolean {
  return Math.floor(db.backendDB().version / 10) > db.verno;
}
