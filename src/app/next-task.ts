/**
 * Resolves in a task of its own. Work split at these points lets the browser paint and answer
 * input in between: on a slow phone, loading and hydrating the app in one go blocks the main
 * thread for a fifth of a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
