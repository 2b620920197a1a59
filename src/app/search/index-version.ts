import type { Accessor } from 'solid-js';
import { contentVersion } from 'virtual:field-notes/content';
import { withDatabase } from '../data/live-query.ts';
import { storedContentVersion } from '../data/sync.ts';

/**
 * The content version search should use: that of the stored posts once a sync has finished
 * (another tab may have brought a newer deploy's), else this build's.
 */
export function createIndexVersion(): Accessor<string> {
  const stored = withDatabase(storedContentVersion);
  return () => stored() ?? contentVersion;
}
