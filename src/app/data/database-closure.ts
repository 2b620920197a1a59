import type { FieldNotesDB } from './db.ts';

/** Keeps the page working when its database is closed underneath it; calls `onLost` when it cannot (reload needed). */
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
  // A newer version of the site in another tab is upgrading: close at once so as not to block it. Our schema is
  // now the older one, so there is no reopening.
  db.on('versionchange', () => {
    stepAsideForNewerVersion();
    return false;
  });
  // A newer tab may have upgraded it before we opened it: Dexie then opens the newer schema without failing. Sticky
  // (runs now if open, and after every open), and deferred, as closing while Dexie finishes an open would fail it.
  db.on(
    'ready',
    () => {
      if (openedByNewerVersion(db)) setTimeout(stepAsideForNewerVersion);
    },
    true,
  );
  // The browser dropped the connection ("Connection to Indexed Database server lost"): reopen once.
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
 * Dexie stores version N as N × 10, and parts of our schema the database lacked as N × 10 + 1 and so on:
 * those are still ours, so only a whole version above counts.
 */
function openedByNewerVersion(db: FieldNotesDB): boolean {
  return Math.floor(db.backendDB().version / 10) > db.verno;
}
