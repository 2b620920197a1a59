/** Orders tags and slugs by code unit: the same on the server and in every browser, with no collator built mid-sync. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
