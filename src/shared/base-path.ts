/** `notes` and `/notes` both become `/notes/`, so URLs join without doubled or missing slashes. */
export function normalizeBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
