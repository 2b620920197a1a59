// @vitest-environment jsdom
import { render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstallButton } from '../../../src/app/components/InstallButton.tsx';
import { IosInstallHint } from '../../../src/app/components/IosInstallHint.tsx';
import {
  canInstall,
  dismissIosInstallHint,
  isIosSafari,
  promptInstall,
  showIosInstallHint,
  watchInstallPrompt,
  type InstallWindow,
} from '../../../src/app/pwa/install-prompt.ts';

const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.0.0 Mobile/15E148 Safari/604.1';
const IPAD_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

/** A window with its own events, a display-mode query that can change, and a storage map. */
function fakeWindow({ userAgent = ANDROID_CHROME, maxTouchPoints = 5, standalone = false, stored = {} } = {}) {
  const events = new EventTarget();
  const media = Object.assign(new EventTarget(), { matches: standalone, media: '(display-mode: standalone)' });
  const store = new Map<string, string>(Object.entries(stored));
  const win = {
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
    matchMedia: () => media,
    navigator: { userAgent, maxTouchPoints },
    localStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    },
  };
  const enterStandalone = () => {
    media.matches = true;
    media.dispatchEvent(new Event('change'));
  };
  return { win: win as unknown as InstallWindow, events, store, enterStandalone };
}

/** A `beforeinstallprompt` whose prompt() resolves with the given choice. */
function installEvent(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const prompt = vi.fn(() => Promise.resolve());
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt,
    userChoice: Promise.resolve({ outcome }),
  });
  return { event, prompt };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('the install prompt', () => {
  it('offers nothing until the browser fires beforeinstallprompt', () => {
    const { win, events } = fakeWindow();
    stop = watchInstallPrompt(win);
    expect(canInstall()).toBe(false);
    const { event } = installEvent();
    events.dispatchEvent(event);
    expect(canInstall()).toBe(true);
    expect(event.defaultPrevented).toBe(true);
  });

  it('prompts with the saved event once, and hides the button after an accepted install', async () => {
    const { win, events } = fakeWindow();
    stop = watchInstallPrompt(win);
    const { event, prompt } = installEvent('accepted');
    events.dispatchEvent(event);
    await promptInstall();
    expect(prompt).toHaveBeenCalledOnce();
    expect(canInstall()).toBe(false);
    await promptInstall();
    expect(prompt).toHaveBeenCalledOnce();
  });

  it('offers again when the browser fires a new event after a dismissed prompt', async () => {
    const { win, events } = fakeWindow();
    stop = watchInstallPrompt(win);
    events.dispatchEvent(installEvent('dismissed').event);
    await promptInstall();
    expect(canInstall()).toBe(false);
    events.dispatchEvent(installEvent().event);
    expect(canInstall()).toBe(true);
  });

  it('hides once the app is installed', () => {
    const { win, events } = fakeWindow();
    stop = watchInstallPrompt(win);
    events.dispatchEvent(installEvent().event);
    events.dispatchEvent(new Event('appinstalled'));
    expect(canInstall()).toBe(false);
  });

  it('never offers when running standalone, and stops offering on entering it', () => {
    const standalone = fakeWindow({ standalone: true });
    stop = watchInstallPrompt(standalone.win);
    standalone.events.dispatchEvent(installEvent().event);
    expect(canInstall()).toBe(false);
    stop();

    const browser = fakeWindow();
    stop = watchInstallPrompt(browser.win);
    browser.events.dispatchEvent(installEvent().event);
    expect(canInstall()).toBe(true);
    browser.enterStandalone();
    expect(canInstall()).toBe(false);
  });
});

describe('isIosSafari', () => {
  it.each([
    ['iPhone Safari', IPHONE_SAFARI, 5, true],
    ['iPad Safari, which says Macintosh', IPAD_SAFARI, 5, true],
    ['a Mac, no touch', IPAD_SAFARI, 0, false],
    ['Chrome on iPhone', IPHONE_CHROME, 5, false],
    ['Chrome on Android', ANDROID_CHROME, 5, false],
  ])('%s: %s', (_name, userAgent, touchPoints, expected) => {
    expect(isIosSafari(userAgent, touchPoints)).toBe(expected);
  });
});

describe('the iOS hint', () => {
  it('shows on iOS Safari until dismissed, and stays dismissed on the next visit', () => {
    const first = fakeWindow({ userAgent: IPHONE_SAFARI });
    stop = watchInstallPrompt(first.win);
    expect(showIosInstallHint()).toBe(true);
    dismissIosInstallHint();
    expect(showIosInstallHint()).toBe(false);
    stop();

    const next = fakeWindow({ userAgent: IPHONE_SAFARI, stored: Object.fromEntries(first.store) });
    stop = watchInstallPrompt(next.win);
    expect(showIosInstallHint()).toBe(false);
  });

  it('shows, and hides on dismiss, when merely reading localStorage throws (site data blocked)', () => {
    const { win } = fakeWindow({ userAgent: IPHONE_SAFARI });
    Object.defineProperty(win, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    stop = watchInstallPrompt(win);
    expect(showIosInstallHint()).toBe(true);
    dismissIosInstallHint();
    expect(showIosInstallHint()).toBe(false);
  });

  it('does not show from the home screen, nor in other browsers', () => {
    const home = fakeWindow({ userAgent: IPHONE_SAFARI });
    (home.win.navigator as { standalone?: boolean }).standalone = true;
    stop = watchInstallPrompt(home.win);
    expect(showIosInstallHint()).toBe(false);
    stop();
    stop = watchInstallPrompt(fakeWindow({ userAgent: ANDROID_CHROME }).win);
    expect(showIosInstallHint()).toBe(false);
  });
});

describe('install components', () => {
  it('keep the Install button waiting (hidden by install.css, disabled) until installation is offered, and prompt on click', async () => {
    const { win, events } = fakeWindow();
    stop = watchInstallPrompt(win);
    render(() => <InstallButton />);
    const button = screen.getByRole('button', { name: 'Install app' }) as HTMLButtonElement;
    const waiting = () => button.classList.contains('install-button-waiting') && button.disabled;
    expect(waiting()).toBe(true);
    const { event, prompt } = installEvent();
    events.dispatchEvent(event);
    expect(waiting()).toBe(false);
    button.click();
    expect(prompt).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(waiting()).toBe(true);
  });

  it('render the iOS hint with its steps, and remove it on Got it', () => {
    const { win, store } = fakeWindow({ userAgent: IPHONE_SAFARI });
    stop = watchInstallPrompt(win);
    render(() => <IosInstallHint />);
    const hint = screen.getByRole('complementary', { name: 'Install Field Notes' });
    expect(hint.textContent?.replace(/\s+/g, ' ')).toContain('tap Share then Add to Home Screen.');
    screen.getByRole('button', { name: 'Got it' }).click();
    expect(screen.queryByRole('complementary', { name: 'Install Field Notes' })).toBeNull();
    expect([...store.values()]).toEqual(['1']);
  });
});
