/** Where the build writes the search index (Pagefind's bundle), relative to the site root. */
export const SEARCH_FOLDER = 'pagefind';

/** The list of the index's fragment files the app saves for offline search, in SEARCH_FOLDER. */
export const SEARCH_FRAGMENT_LIST = `${SEARCH_FOLDER}/fragments.json`;

/** The Cache Storage cache the fragments are kept in, shared by the page and the service worker. */
export const SEARCH_CACHE = 'field-notes-search';

/** What SEARCH_FRAGMENT_LIST holds: fragment files relative to SEARCH_FOLDER, and the posts they cover. */
export interface FragmentList {
  files: string[];
  posts: number;
}

/** The first and last word of each of Pagefind's index chunks, in SEARCH_FOLDER; see IndexChunkRanges. */
export const SEARCH_CHUNK_RANGES = `${SEARCH_FOLDER}/chunk-ranges.json`;

/**
 * Pagefind's index chunks as the words they run from and to, in order. Pagefind 1.6 loads only the chunk a typed word
 * sorts into, so src/app/search/chunk-ranges.ts loads the next chunks a prefix reaches.
 */
export type IndexChunkRanges = [from: string, to: string][];
