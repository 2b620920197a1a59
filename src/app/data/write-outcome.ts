// What became of the reader's last write (a bookmark, a read mark, their place), and why one failed, in words.
import { createSignal } from 'solid-js';
import type { DatabaseLoss } from './database-closure.ts';
import type { MemoryCause } from './open-database.ts';
import { databaseLost } from './runtime.ts';

/** Why a write of the reader's data failed: the database lost mid-visit, the device full, or another refusal. */
export type WriteFailure = DatabaseLoss | 'storage-full' | 'refused';

const [lastWrite, setLastWrite] = createSignal<'saved' | WriteFailure>();

/** The outcome of the reader's last write this visit: 'saved', why it failed, or undefined before any. */
export { lastWrite };

/** Runs one write of the reader's data and records how it went; rejects as the write did. */
export async function recordWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    setLastWrite('saved');
    return result;
  } catch (error) {
    setLastWrite(whyWriteFailed(error));
    throw error;
  }
}

/** The cause of a failed write: a lost database explains every failure after it; else the error's own name. */
export function whyWriteFailed(error: unknown): WriteFailure {
  return databaseLost() ?? (mentionsQuota(error) ? 'storage-full' : 'refused');
}

/** Why a write failed, as the end of "… could not be saved: <this>". */
export const WRITE_FAILURE_REASONS: Record<WriteFailure, string> = {
  'storage-full': 'this device’s storage is full. Free up space, then try again.',
  refused: 'this browser refused to store it.',
  'newer-version': 'a newer version of Field Notes was opened in another tab. Reload to keep saving.',
  cleared: 'this site’s saved data was cleared. Reload to keep saving.',
  'connection-lost': 'the browser closed Field Notes’ saved data. Reload to keep saving.',
};

/** Why reader data is held in memory only, as the end of "… kept for this visit only: <this>". */
export const MEMORY_CAUSE_REASONS: Record<MemoryCause, string> = {
  refused: 'this browser is not letting Field Notes store data.',
  'storage-full': 'this device’s storage is full.',
  'newer-version': 'this site’s data was saved by a newer version of Field Notes. Reload after the update to keep it.',
};

/** Dexie wraps the browser's QuotaExceededError (in `inner`, or an aborted transaction's cause), so look through. */
function mentionsQuota(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (!(current instanceof Error)) return false;
    if (current.name.includes('QuotaExceeded') || current.message.includes('QuotaExceeded')) return true;
    current = (current as { inner?: unknown }).inner ?? current.cause;
  }
  return false;
}
