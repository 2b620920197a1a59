// Everything that needs Dexie, loaded on its own by runtime.ts once the page is live; nothing else imports it.
// Dexie is most of the app's JavaScript, and evaluated with the rest it would lengthen the task that hydrates the page.
export { liveQuery } from 'dexie';
export { networkSource } from './content-source.ts';
export { copyReaderData, memoryMode, openDatabase, openMemoryDatabase } from './open-database.ts';
export { syncPosts } from './sync.ts';
export { watchForClosure } from './database-closure.ts';
