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

const [progress, setProgress] = createSignal<Partial<Record<OfflinePart, OfflineProgress>>>({});

/** How much of `part` is saved on this device; undefined until the service worker has said. */
export function offlineProgress(part: OfflinePart): OfflineProgress | undefined {
  return progress()[part];
}

let following = false;

/** Asks the active worker to save what `part` lacks (`countOnly`: only count it); never settles if none registers. */
export async function keepOffline(
  part: OfflinePart,
  options: Pick<KeepOfflineMessage, 'avif'> & { countOnly?: boolean } = {},
): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (!following) {
    following = true;
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => follow(event.data));
  }
  const registration = await navigator.serviceWorker.ready;
  const message: KeepOfflineMessage = { ...options, type: 'KEEP_OFFLINE', part, countOnly: options.countOnly ?? false };
  registration.active?.postMessage(message);
}

function follow(message: Partial<KeepProgressMessage> | null): void {
  const part = message?.part;
  if (message?.type !== 'KEEP_PROGRESS' || !part || !OFFLINE_PARTS.includes(part)) return;
  const { saved = 0, total = 0, posts } = message;
  setProgress((current) => ({ ...current, [part]: { saved, total, posts } }));
  if (part === 'images' && total > 0 && saved >= total) markMilestone('images-saved');
}
