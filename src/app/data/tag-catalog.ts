import type { PostSummary } from '../../shared/post.ts';
import { countsInList, facetsFromCounts, listTags, type TagFacet } from './tags.ts';

/** Which posts carry which tags, newest first, built in memory from the summaries so a tag selection needs no read. */
export interface TagCatalog {
  /** Every stored post's slug, newest first. */
  slugs: string[];
  /** Each post's tags. */
  tagsOf: Map<string, string[]>;
  /** Each tag's posts, newest first. */
  postsWithTag: Map<string, string[]>;
  /** How many posts carry each tag. */
  totals: Map<string, number>;
  /** Each post's summary, so a selection's posts come from memory too. */
  bySlug: Map<string, PostSummary>;
  /** Every summary, newest first: the unfiltered list, shared rather than built again at each press (never mutated). */
  summaries: PostSummary[];
}

/** What a tag selection leaves: the matching slugs, newest first, and a chip for every tag. */
export interface TagSelection {
  slugs: string[];
  tags: TagFacet[];
  /** Every stored post, whatever the filter. */
  total: number;
  /** The selection this is for (the URL may already be ahead of it). */
  selected: string[];
}

/** A tag selection with the summaries of its posts (or of its first `limit`, when a limit is given). */
export interface TagFilterResult extends TagSelection {
  posts: PostSummary[];
  /** How many posts match: what lists show, since `posts` and a prerendered page's `slugs` may be a first page only. */
  count: number;
}

/** Builds the catalog from summaries listed newest first. Pure: the prerenderer calls it in Node. */
export function buildTagCatalog(summaries: readonly PostSummary[]): TagCatalog {
  const slugs: string[] = [];
  const tagsOf = new Map<string, string[]>();
  const postsWithTag = new Map<string, string[]>();
  const bySlug = new Map<string, PostSummary>();
  for (const summary of summaries) {
    slugs.push(summary.slug);
    bySlug.set(summary.slug, summary);
    if (summary.tags.length > 0) tagsOf.set(summary.slug, summary.tags);
    for (const tag of summary.tags) {
      const list = postsWithTag.get(tag);
      if (list) list.push(summary.slug);
      else postsWithTag.set(tag, [summary.slug]);
    }
  }
  // Most used first, then by name: the chips' order, so each press sorts an already sorted list.
  const totals = new Map(
    listTags(new Map([...postsWithTag].map(([tag, list]) => [tag, list.length]))).map(({ tag, total }) => [tag, total]),
  );
  return { slugs, tagsOf, postsWithTag, totals, bySlug, summaries: [...summaries] };
}

/** Posts with every selected tag, newest first, less `exclude` (read ones, for "Unread"), and the chips over them. */
export function selectByTags(
  catalog: Omit<TagCatalog, 'bySlug' | 'summaries'>,
  selected: readonly string[],
  exclude?: ReadonlySet<string>,
): TagSelection {
  const wanted = [...new Set(selected)];
  let slugs = catalog.slugs;
  if (wanted.length > 0) {
    const lists = wanted.map((tag) => catalog.postsWithTag.get(tag) ?? []);
    // Only the rarest tag's posts are walked, each checked on its own few tags.
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    slugs = rarest.filter((slug) => {
      const own = catalog.tagsOf.get(slug) ?? [];
      return wanted.every((tag) => own.includes(tag));
    });
  }
  if (exclude?.size) slugs = slugs.filter((slug) => !exclude.has(slug));
  // Counted straight from the catalog's tags: a press allocates nothing per matching post.
  const tagLists = (function* () {
    for (const slug of slugs) yield catalog.tagsOf.get(slug) ?? [];
  })();
  return {
    slugs,
    tags: facetsFromCounts(countsInList(tagLists, selected, catalog.totals), slugs.length, selected, catalog.totals),
    total: catalog.slugs.length,
    selected: [...selected],
  };
}

/** A selection with its posts' summaries from the catalog, all of them or the first `limit`. */
export function filterByTags(
  catalog: TagCatalog,
  selected: readonly string[],
  limit = Infinity,
  exclude?: ReadonlySet<string>,
): TagFilterResult {
  const selection = selectByTags(catalog, selected, exclude);
  const shown = Number.isFinite(limit) ? selection.slugs.slice(0, limit) : selection.slugs;
  return {
    ...selection,
    posts: shown === catalog.slugs ? catalog.summaries : shown.map((slug) => catalog.bySlug.get(slug)!),
    count: selection.slugs.length,
  };
}
