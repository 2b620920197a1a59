// The bridge from Dexie to Solid: a live query of IndexedDB as an accessor.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { FieldNotesDB } from './db.ts';
import { database, databaseLost, observe } from './runtime.ts';

/** A Dexie live query as a Solid accessor, across tabs; undefined until its first result, and while prerendering. */
export function createLiveQuery<T>(source: () => (() => Promise<T>) | undefined): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  createEffect(() => {
    // Tracked: `source` returns a new querier when its inputs change.
    const querier = source();
    const observable = querier && observe(querier);
    if (!observable) return;
    const subscription = observable.subscribe({
      next: (result) => setValue(() => result),
      // Once the database is lost the notice says so, and each query of the closed database would fail alike.
      error: (error: unknown) => {
        if (!databaseLost()) console.error('Live query failed', error);
      },
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return value;
}

/** A live query of the open database, once there is one. */
export function withDatabase<T>(query: (db: FieldNotesDB) => Promise<T>): Accessor<T | undefined> {
  return createLiveQuery(() => {
    const db = database();
    return db ? () => query(db) : undefined;
  });
}
