import { mapLimited } from '../../shared/map-limited.ts';
import type { FieldNotesDB } from './db.ts';
import type { ContentSource } from './sync.ts';

/** What another version of the content would change on this device. */
export interface ContentChanges {
  added: number;
  updated: number;
  removed: number;
}

/** What a version's index would add, update and remove here, by each post's hash; reads its shards, never a body. */
export async function contentChanges(
  db: FieldNotesDB,
  source: Pick<ContentSource, 'fetchIndex' | 'fetchShard'>,
): Promise<ContentChanges> {
  const manifest = await source.fetchIndex();
  const entries = (await mapLimited(manifest.shards, 3, (file) => source.fetchShard(file))).flat();
  const stored = new Map<string, string>();
  await db.summaries.each((summary) => stored.set(summary.slug, summary.hash));
  let added = 0;
  let updated = 0;
  for (const entry of entries) {
    const hash = stored.get(entry.slug);
    if (hash === undefined) added += 1;
    else if (hash !== entry.hash) updated += 1;
    stored.delete(entry.slug);
  }
  return { added, updated, removed: stored.size };
}

/** "2 new posts, 1 updated, 1 removed", or undefined when nothing a reader sees changes. */
export function describeChanges({ added, updated, removed }: ContentChanges): string | undefined {
  const parts = [
    ...(added ? [`${added} new ${added === 1 ? 'post' : 'posts'}`] : []),
    ...(updated ? [`${updated} updated`] : []),
    ...(removed ? [`${removed} removed`] : []),
  ];
  return parts.length ? parts.join(', ') : undefined;
}
