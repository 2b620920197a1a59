/** A lone Latin letter or digit: a word of one character in the scripts that spell words with several. */
const LONE_LETTER = /^[\p{Script=Latin}\p{Nd}]$/u;

/**
 * What of a typed query is searched: its words, without the lone letters. Pagefind matches every
 * word as a prefix, so one letter matches nearly every post and is the slowest word to look up;
 * a word is searched from its second letter. A quoted phrase is searched as it is typed.
 */
export function searchableQuery(typed: string): string {
  const query = typed.trim();
  if (/^".+"$/.test(query)) return query;
  return query
    .split(/\s+/)
    .filter((word) => !LONE_LETTER.test(word))
    .join(' ');
}
