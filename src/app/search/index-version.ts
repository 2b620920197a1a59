import type { Accessor } from 'solid-js';
import { contentVersion } from 'virtual:field-notes/content';
import { withDatabase } from '../data/live-query.ts';
import { storedContentVersion } from '../data/sync.ts';

/** The content version to search: the stored posts' once synced (another tab may sync a newer deploy), else ours. */
export function createIndexVersion(): Accessor<string> {
  const stored = withDatabase(storedContentVersion);
  return () => stored() ?? contentVersion;
}
