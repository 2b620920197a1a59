/** A path relative to the site's base path as an absolute path (works under a sub-path deploy). */
export function siteUrl(relative: string): string {
  return `${import.meta.env.BASE_URL}${relative}`;
}
