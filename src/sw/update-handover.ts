/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';
import { stopBackgroundSaving } from './background-cache.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * The reader took the update: this (outgoing) worker stops saving, then asks the waiting one to take over itself.
 * Chromium activates the new worker only once this one is idle and stopped, and a message that reaches this one while
 * it stops starts it again for its whole idle time (30 s); handing over from here, the page has nothing to send it.
 */
export function handOverToWaitingWorker(): void {
  stopBackgroundSaving();
  self.registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
}

/** Answers a page's request for one JSON file of this version's precache (`{ json }`, none if it holds no such file). */
export function answerPrecachedJson(
  event: ExtendableMessageEvent,
  precache: Pick<PrecacheController, 'matchPrecache'>,
) {
  const { path } = event.data as { path?: unknown };
  const [port] = event.ports;
  if (typeof path !== 'string' || !port) return;
  const answer = async () => {
    const response = await precache.matchPrecache(new URL(path, self.location.href).href);
    port.postMessage({ json: response ? ((await response.json()) as unknown) : undefined });
  };
  event.waitUntil(answer().catch(() => port.postMessage({})));
}
