// The progress messages already followed: asking again (Save everything now) must not add a listener.
const followed = new Set<string>();

/**
 * Asks the service worker, once it is active, to save something in the background (`request`),
 * and hands each of its progress messages of type `progress` to `onProgress` (the first one
 * given for that type). Never settles where no worker registers: the site then reads online
 * only, as the Offline page says.
 */
export async function keepOffline<M extends { type: string }>(
  request: { type: string },
  progress: M['type'],
  onProgress: (message: M) => void,
): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (!followed.has(progress)) {
    followed.add(progress);
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as Partial<M> | null;
      if (message?.type === progress) onProgress(message as M);
    });
  }
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage(request);
}
