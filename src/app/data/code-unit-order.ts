/**
 * Strings (tag names, slugs: kebab-case, from the build) in code-unit order: the same on the
 * server and in every browser, and without `localeCompare`, whose first call builds a collator
 * (milliseconds on a phone, in the middle of the sync).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
