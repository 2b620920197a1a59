// Asks the service worker to save parts in the background (src/sw/keep-offline.ts), and follows how far it is.
import { createSignal } from 'solid-js';
import {
  OFFLINE_PARTS,
  type KeepOfflineMessage,
  type KeepProgressMessage,
  type OfflinePart,
  type OfflineProgress,
} from '../../shared/background-saving.ts';
import { markMilestone } from '../milestones.ts';

/**
 * How long after a save the network cut short it is asked for again, while the page is online: the first requests
 * after the connection returns may still fail, and the worker may learn of it after the page.
 */
const RETRY_DELAYS_MS = [2_000, 10_000, 60_000];

type SaveOptions = Pick<KeepOfflineMessage, 'avif'> & { countOnly?: boolean };

const [progress, setProgress] = createSignal<Partial<Record<OfflinePart, OfflineProgress>>>({});
const asked: Partial<Record<OfflinePart, SaveOptions>> = {};
const retries: Partial<Record<OfflinePart, number>> = {};

/** How much of `part` is saved on this device; undefined until the service worker has said. */
export function offlineProgress(part: OfflinePart): OfflineProgress | undefined {
  return progress()[part];
}

let following = false;

/** Asks the active worker to save what `part` lacks (`countOnly`: only count it); never settles if none registers. */
export async function keepOffline(part: OfflinePart, options: SaveOptions = {}): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (!following) {
    following = true;
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => follow(event.data));
    // Each return of the connection earns every part its retries again.
    window.addEventListener('online', () => OFFLINE_PARTS.forEach((part) => (retries[part] = 0)));
  }
  if (!options.countOnly) asked[part] = options;
  const registration = await navigator.serviceWorker.ready;
  const message: KeepOfflineMessage = { ...options, type: 'KEEP_OFFLINE', part, countOnly: options.countOnly ?? false };
  registration.active?.postMessage(message);
}

function follow(message: Partial<KeepProgressMessage> | null): void {
  const part = message?.part;
  if (message?.type !== 'KEEP_PROGRESS' || !part || !OFFLINE_PARTS.includes(part)) return;
  const { saved = 0, total = 0, posts, interrupted = false } = message;
  const retrying = message.settled === true && interrupted && retryLater(part);
  // A save that will be asked for again is not over: what it lacks is not lost yet.
  const settled = message.settled === true && !retrying;
  setProgress((current) => ({ ...current, [part]: { saved, total, settled, interrupted, posts } }));
  if (part === 'images' && total > 0 && saved >= total) markMilestone('images-saved');
  if (settled && !interrupted) retries[part] = 0;
}

/** Asks again for a save the network cut short while the page is online, a few times; false if it will not. */
function retryLater(part: OfflinePart): boolean {
  const attempt = retries[part] ?? 0;
  const delay = RETRY_DELAYS_MS[attempt];
  const options = asked[part];
  if (!navigator.onLine || delay === undefined || !options) return false;
  retries[part] = attempt + 1;
  setTimeout(() => void keepOffline(part, options), delay);
  return true;
}
