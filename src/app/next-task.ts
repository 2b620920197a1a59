/** Resolves in a task of its own, so the browser can paint and answer input; see bench/README.md for each split. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
