// The post sync in a dedicated worker (sync-in-worker.ts is the page's side, and says why).
// One sync a worker: the page sends one request and ends the worker once it has answered.
import { networkSource } from './content-source.ts';
import { FieldNotesDB, openedByNewerVersion } from './db.ts';
import type { SyncRequest, SyncWorkerMessage } from './sync-in-worker.ts';
import { syncPosts } from './sync.ts';

// The app's sources are typed for a window; of the worker's scope this uses only these two.
const scope = self as unknown as {
  postMessage(message: SyncWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncRequest>) => void): void;
};

scope.addEventListener('message', ({ data: request }) => void sync(request));

async function sync({ databaseName, indexUrl }: SyncRequest): Promise<void> {
  const db = new FieldNotesDB(databaseName);
  try {
    await db.open();
    // A newer version of the site owns it: the page keeps the posts in memory instead (open-database.ts).
    if (openedByNewerVersion(db)) {
      db.close();
      scope.postMessage({ kind: 'unavailable', message: 'The database was upgraded by a newer version of the site' });
      return;
    }
  } catch (error) {
    // The page opens the same database, so this is rare (a worker refused storage): the page syncs.
    scope.postMessage({ kind: 'unavailable', message: describe(error) });
    return;
  }
  try {
    const result = await syncPosts(db, networkSource(indexUrl), {
      onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }),
    });
    scope.postMessage({ kind: 'done', result });
  } catch (error) {
    scope.postMessage({
      kind: 'failed',
      name: error instanceof Error ? error.name : 'Error',
      message: describe(error),
    });
  } finally {
    db.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
