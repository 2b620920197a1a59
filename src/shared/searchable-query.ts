/** A lone Latin letter or digit: a word of one character in the scripts that spell words with several. */
const LONE_LETTER = /^[\p{Script=Latin}\p{Nd}]$/u;

/**
 * A typed query without its lone letters, or a quoted phrase as typed. Pagefind matches each word as a prefix, so one
 * letter matches nearly every post and is the slowest word to look up.
 */
export function searchableQuery(typed: string): string {
  const query = typed.trim();
  if (/^".+"$/.test(query)) return query;
  return query
    .split(/\s+/)
    .filter((word) => !LONE_LETTER.test(word))
    .join(' ');
}
