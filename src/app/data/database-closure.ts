import { openedByNewerVersion, type FieldNotesDB } from './db.ts';

/** Why the page's database went away mid-visit: another tab's newer schema, the site's data deleted, or the browser's storage failing. */
export type DatabaseLoss = 'newer-version' | 'cleared' | 'connection-lost';

/** Keeps the page working when its database is closed underneath it; calls `onLost` with why when it cannot. */
export function watchForClosure(db: FieldNotesDB, onLost: (loss: DatabaseLoss) => void): void {
  // Once given up, stay closed: a failed open fires `close` again, which must not loop.
  let givenUp = false;
  let reopening = false;
  let createdAfresh = false;
  const giveUp = (loss: DatabaseLoss) => {
    if (givenUp) return;
    givenUp = true;
    // Before closing: Dexie fires `close` for our own close too, and that must not reopen.
    db.close();
    onLost(loss);
  };
  // Another tab is upgrading to a newer schema (or deleting the database, newVersion null): close at once so as
  // not to block it. Our schema is then the older one, or gone, so there is no reopening.
  db.on('versionchange', (event) => {
    giveUp(event.newVersion ? 'newer-version' : 'cleared');
    return false;
  });
  // A newer tab may have upgraded it before we reopened it: Dexie then opens the newer schema without failing.
  // Sticky (runs now if open, and after every open), and deferred, as closing while Dexie finishes an open fails it.
  db.on(
    'ready',
    () => {
      if (openedByNewerVersion(db)) setTimeout(() => giveUp('newer-version'));
    },
    true,
  );
  // Dexie creates the database when it finds none: on a reopen, the site's data was deleted under the page.
  db.on('populate', () => {
    if (reopening) createdAfresh = true;
  });
  // The browser dropped the connection ("Connection to Indexed Database server lost", or the site's data being
  // cleared): reopen once. A database made anew holds no posts and none of the reader's data, so that is a loss.
  db.on('close', () => {
    if (givenUp || reopening) return;
    reopening = true;
    // Dexie fires `close` in the middle of closing; reopen once it has finished.
    setTimeout(() => {
      db.open().then(
        () => {
          reopening = false;
          if (createdAfresh) giveUp('cleared');
        },
        async () => giveUp((await stillListed(db.name)) ? 'connection-lost' : 'cleared'),
      );
    });
  });
}

/** Whether the browser still lists the database; true when it cannot say, as a failed reopen is then the likelier. */
async function stillListed(name: string): Promise<boolean> {
  try {
    const listed = await indexedDB.databases();
    return listed.some((database) => database.name === name);
  } catch {
    return true;
  }
}
