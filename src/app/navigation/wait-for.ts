/** `find()`'s first non-undefined result, checked on DOM and size changes, not a timer; undefined after `timeoutMs`. */
export function waitFor<T>(find: () => T | undefined, timeoutMs: number, signal?: AbortSignal): Promise<T | undefined> {
  return new Promise((resolve) => {
    const first = find();
    if (first !== undefined || signal?.aborted) return resolve(first);
    const mutations = new MutationObserver(check);
    const resizes = new ResizeObserver(check);
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
    resizes.observe(document.documentElement);
    signal?.addEventListener('abort', () => finish(undefined));
    function check() {
      const found = find();
      if (found !== undefined) finish(found);
    }
    function finish(value: T | undefined) {
      clearTimeout(timer);
      mutations.disconnect();
      resizes.disconnect();
      resolve(value);
    }
  });
}
