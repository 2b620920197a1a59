// Everything that needs Dexie, in one module that runtime.ts loads on its own once the page is
// live: Dexie is most of the app's JavaScript, and evaluating it with the rest would make the
// task that hydrates the page twice as long on a slow phone. Nothing else imports this module.
export { liveQuery } from 'dexie';
export { networkSource } from './content-source.ts';
export { copyReaderData, memoryMode, openDatabase, openMemoryDatabase } from './open-database.ts';
export { syncPosts } from './sync.ts';
export { watchForClosure } from './database-closure.ts';
