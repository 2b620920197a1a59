import { CHROMIUM_ARGS } from '../scripts/find-chromium.ts';

/**
 * The project's Chromium switches, and one more for measuring: Debian's Chromium 156 in new
 * headless mode keeps loading the browser's own omnibox popup (chrome://omnibox-popup.top-chrome,
 * a WebUI renderer; ten loads of its scripts in one traced first visit), which took 25 to 40 ms of
 * CPU in every 45 ms while our page evaluated its modules, on a machine with two cores. It is the
 * browser's address bar, not the page: without it a first visit's "ready offline" fell from about
 * 820 to 540 ms after load (five visits each), and the figures measure the site again.
 */
export const BENCH_CHROMIUM_ARGS: readonly string[] = [
  ...CHROMIUM_ARGS,
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
