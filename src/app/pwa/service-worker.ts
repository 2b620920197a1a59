import { createSignal } from 'solid-js';
import type { Workbox } from 'workbox-window';
import { markMilestone } from '../milestones.ts';
import { readUpdateNews } from './update-news.ts';
import { STOP_BACKGROUND_SAVING } from '../../shared/background-saving.ts';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
const REGISTER_AGAIN_DELAYS_MS = [0, 2_000, 10_000, 60_000];

const [updateWaiting, setUpdateWaiting] = createSignal(false);
const [precacheComplete, setPrecacheComplete] = createSignal(false);
const [firstInstall, setFirstInstall] = createSignal(false);
const [workerRefused, setWorkerRefused] = createSignal<string>();

/** A new version of the site is installed and waits for the reader to reload. */
export { updateWaiting };
/** Every file of this version is cached: the site reads offline. */
export { precacheComplete };
/** This visit installed the service worker for the first time (so "ready offline" is news). */
export { firstInstall };
/** Why this browser would not register the service worker, if it would not: the site still reads online. */
export { workerRefused };

let workbox: Workbox | undefined;
let reloadRequested = false;

let workboxWindow: Promise<typeof import('workbox-window')> | undefined;

function supported(): boolean {
  return 'serviceWorker' in navigator && import.meta.env.PROD;
}

function workboxWindowModule(): Promise<typeof import('workbox-window')> {
  return (workboxWindow ??= import('workbox-window'));
}

/** Starts fetching workbox-window, in a task of its own, so registering need not wait for it (see bench/README.md). */
export function loadServiceWorkerSupport(): void {
  // A failure here is met again, and handled, by registerServiceWorker.
  if (supported()) workboxWindowModule().catch(() => undefined);
}

/** Registers the service worker and follows it; call once, after first paint. Never rejects: see `workerRefused`. */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD) return;
  if (!supported()) {
    setWorkerRefused('it has no service workers.');
    return;
  }
  let Workbox: typeof import('workbox-window').Workbox;
  try {
    ({ Workbox } = await workboxWindowModule());
  } catch (error) {
    workboxWindow = undefined;
    retryOnceOnline(error);
    return;
  }
  const base = import.meta.env.BASE_URL;
  // A page loaded without a worker that comes under one has seen the first install complete.
  // workbox-window's own "activated" event misses an install that another tab started.
  if (loadedWithoutWorker()) {
    void controlled().then(() => {
      setFirstInstall(true);
      setPrecacheComplete(true);
    });
  }
  // workbox-window only reloads tabs that were controlled when it registered, and the first visit's
  // tab was not.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });
  const failure = await register(Workbox, base);
  if (failure !== undefined) {
    retryOnceOnline(failure);
    return;
  }
  window.addEventListener('online', () => void registerAgainIfLost(Workbox, base));
  setInterval(() => void workbox?.update(), UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox?.update();
  });
}

/**
 * A first install the connection cut short leaves no registration at all: once back online it is made again, a few
 * times if need be, as the first requests after the connection returns may still fail.
 */
async function registerAgainIfLost(Workbox: typeof import('workbox-window').Workbox, base: string): Promise<void> {
  for (const delay of REGISTER_AGAIN_DELAYS_MS) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (!navigator.onLine) return;
    const registration = await navigator.serviceWorker.getRegistration(base);
    if (registration?.active) return;
    // An install still under way may yet fail, as the connection went during it: look again after the next delay.
    if (registration) continue;
    await register(Workbox, base);
  }
}

/** Registers the worker through a new Workbox (one registers only once) and follows it; resolves with any failure. */
async function register(Workbox: typeof import('workbox-window').Workbox, base: string): Promise<unknown> {
  workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('waiting', (event) => {
    setUpdateWaiting(true);
    if (event.sw) void readUpdateNews(event.sw);
  });
  workbox.addEventListener('installed', () => markMilestone('worker-installed'));
  try {
    const registration = await workbox.register();
    markMilestone('worker-registered');
    if (navigator.serviceWorker.controller && registration?.active) setPrecacheComplete(true);
    return undefined;
  } catch (error) {
    return error ?? new Error('The service worker could not be registered.');
  }
}

/** Resolves once this visit's first install is over, or at once if a worker was installed before or there is none. */
export async function firstInstallSettled(): Promise<void> {
  if (!supported()) return;
  const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
  if (registration?.active) return;
  await controlled();
}

/** True when no service worker answered this page's navigation: a first visit, or a hard reload. */
function loadedWithoutWorker(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.workerStart === 0;
}

/** Resolves once a service worker controls this page. */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}

/**
 * Takes the waiting update and reloads once it controls the page. The outgoing worker is told, and asks the waiting
 * one to take over itself: a message from here could reach it as it stops, and hold the new one back for its whole
 * idle time (src/sw/update-handover.ts). An update another tab took already just needs the reload.
 */
export async function applyUpdate(): Promise<void> {
  if (!workbox || reloadRequested) return;
  reloadRequested = true;
  const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
  const controller = navigator.serviceWorker.controller;
  if (!registration?.waiting) window.location.reload();
  else if (controller) controller.postMessage({ type: STOP_BACKGROUND_SAVING });
  else workbox.messageSkipWaiting();
}

/** Retries a registration that failed offline once back online; online, a failure is a refusal and is reported. */
function retryOnceOnline(error: unknown): void {
  if (navigator.onLine) {
    setWorkerRefused(describeRefusal(error));
    return;
  }
  window.addEventListener('online', () => void registerServiceWorker(), { once: true });
}

/** A registration failure in a reader's words. */
function describeRefusal(error: unknown): string {
  // workbox-window fails this way when the browser hands it no registration at all.
  if (error instanceof TypeError && /waiting/.test(error.message)) return 'the browser refused to register it.';
  const message = error instanceof Error ? error.message : String(error);
  return message.endsWith('.') ? message : `${message}.`;
}
