import { createSignal } from 'solid-js';

/** Chromium's event that lets a page offer installation; not in the DOM typings. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice?: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The parts of `window` this module uses, so tests can hand in their own. */
export type InstallWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'matchMedia'> & {
  navigator: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> & { standalone?: boolean };
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  /** An offer public/boot.js caught before the app had loaded. */
  fieldNotesInstallPrompt?: Event;
};

const IOS_HINT_KEY = 'field-notes:ios-install-hint-dismissed';
const STANDALONE = '(display-mode: standalone)';

const [deferredPrompt, setDeferredPrompt] = createSignal<BeforeInstallPromptEvent>();
const [standalone, setStandalone] = createSignal(false);
const [iosHint, setIosHint] = createSignal(false);
// The window, not its localStorage: merely reading `localStorage` throws when site data is blocked.
let current: InstallWindow | undefined;

/** The browser offered installation and the app is not installed or running as one. */
export const canInstall = () => deferredPrompt() !== undefined && !standalone();

/** iOS Safari, not yet on the home screen, and the reader has not dismissed the hint. */
export const showIosInstallHint = () => iosHint() && !standalone();

/** Safari on iPhone, iPod or iPad (iPadOS says "Macintosh" but has touch), not another iOS browser. */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const apple = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return apple && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(userAgent);
}

/** Follows installability and decides on the iOS hint; returns a function that stops and forgets it all (for tests). */
export function watchInstallPrompt(win: InstallWindow = window): () => void {
  current = win;
  const media = win.matchMedia(STANDALONE);
  const iosStandalone = win.navigator.standalone === true;
  const updateStandalone = () => setStandalone(iosStandalone || media.matches);
  const offered = (event: Event) => {
    // Without this Chromium on Android shows its own mini-infobar as well as our button.
    event.preventDefault();
    setDeferredPrompt(event as BeforeInstallPromptEvent);
  };
  const installed = () => {
    setDeferredPrompt(undefined);
    setStandalone(true);
  };
  updateStandalone();
  if (win.fieldNotesInstallPrompt) {
    offered(win.fieldNotesInstallPrompt);
    win.fieldNotesInstallPrompt = undefined;
  }
  setIosHint(isIosSafari(win.navigator.userAgent, win.navigator.maxTouchPoints) && !readDismissed());
  win.addEventListener('beforeinstallprompt', offered);
  win.addEventListener('appinstalled', installed);
  media.addEventListener('change', updateStandalone);
  return () => {
    win.removeEventListener('beforeinstallprompt', offered);
    win.removeEventListener('appinstalled', installed);
    media.removeEventListener('change', updateStandalone);
    setDeferredPrompt(undefined);
    setStandalone(false);
    setIosHint(false);
    current = undefined;
  };
}

/** Shows the browser's install dialog; the saved event can prompt only once, so it is dropped. */
export async function promptInstall(): Promise<void> {
  const event = deferredPrompt();
  if (!event) return;
  setDeferredPrompt(undefined);
  await event.prompt();
  // "accepted" is followed by `appinstalled`; after "dismissed" Chromium may offer again later.
  const choice = await event.userChoice;
  if (choice?.outcome === 'accepted') setStandalone(true);
}

/** Hides the iOS hint for good on this device. */
export function dismissIosInstallHint(): void {
  setIosHint(false);
  try {
    current?.localStorage.setItem(IOS_HINT_KEY, '1');
  } catch {
    // Storage refused: the hint stays hidden for this visit, which is all we can do.
  }
}

function readDismissed(): boolean {
  try {
    return current?.localStorage.getItem(IOS_HINT_KEY) === '1';
  } catch {
    return false;
  }
}
