/** What a call that a later one replaced resolves to. */
export const SUPERSEDED = Symbol('superseded');

/** Runs `task` one call at a time, and of calls made meanwhile only the last: Pagefind answers queries one by one. */
export function latestOnly<A extends unknown[], R>(
  task: (...args: A) => Promise<R>,
): (...args: A) => Promise<R | typeof SUPERSEDED> {
  let running: Promise<unknown> | undefined;
  let latest = 0;
  return async (...args) => {
    const ticket = ++latest;
    while (running) {
      await running.catch(() => undefined);
      if (ticket !== latest) return SUPERSEDED;
    }
    const result = task(...args);
    const settled = () => {
      if (running === result) running = undefined;
    };
    running = result;
    result.then(settled, settled);
    return result;
  };
}
