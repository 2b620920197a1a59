/**
 * Resolves in a task of its own. Work split at these points lets the browser paint and answer
 * input in between; each split stays while bench/README.md's "Speed tricks re-justified" shows
 * it pays.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
