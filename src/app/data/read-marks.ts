import type { FieldNotesDB } from './db.ts';

/** Marks a post read or unread, now. */
export async function markRead(db: FieldNotesDB, slug: string, read: boolean): Promise<void> {
  await db.readMarks.put({ slug, read, changedAt: Date.now() });
}

/** Marks every post in `slugs` read (those read already keep their time). */
export async function markAllRead(db: FieldNotesDB, slugs: readonly string[]): Promise<void> {
  const changedAt = Date.now();
  await db.transaction('rw', db.readMarks, async () => {
    const marks = await db.readMarks.bulkGet([...slugs]);
    const unread = slugs.filter((_, i) => !marks[i]?.read);
    await db.readMarks.bulkPut(unread.map((slug) => ({ slug, read: true, changedAt })));
  });
}
