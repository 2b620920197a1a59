import { createSignal } from 'solid-js';

// Before start-up runs (and when prerendering) we assume online: the common case, no flash.
const [online, setOnline] = createSignal(true);

/** Whether the browser thinks it has a connection. */
export { online };

/** Follows the browser's online and offline events; also marks the page for offline styles. */
export function watchOnlineStatus(): void {
  const update = () => {
    setOnline(navigator.onLine);
    document.documentElement.dataset.connection = navigator.onLine ? 'online' : 'offline';
  };
  update();
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}
