import type { PostSummary } from '../../shared/post.ts';
import { toSummary } from '../../shared/post.ts';
import type { FieldNotesDB } from './db.ts';
import { tagFacets, type TagFacet } from './tags.ts';

/**
 * Which posts carry which tags, in date order, read from index keys alone (no post is loaded).
 * It changes only when posts change, so each tag selection is computed from it in memory.
 */
export interface TagCatalog {
  /** Every stored post's slug, newest first. */
  slugs: string[];
  /** Each post's tags. */
  tagsOf: Map<string, string[]>;
  /** Each tag's posts, newest first. */
  postsWithTag: Map<string, string[]>;
  /** How many posts carry each tag. */
  totals: Map<string, number>;
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

/** A tag selection with the summaries of its first posts, the only ones a paged list shows. */
export interface TagFilterResult extends TagSelection {
  posts: PostSummary[];
}

/** Reads the catalog from the date index and the multi-entry tags index, in one transaction. */
export function readTagCatalog(db: FieldNotesDB): Promise<TagCatalog> {
  return db.transaction('r', db.posts, async () => {
    // Ascending, then reversed in memory: Dexie reads a forward range with getAllKeys(), not a cursor.
    const slugs = (await db.posts.orderBy('date').primaryKeys()).reverse();
    const tagsOf = new Map<string, string[]>();
    // A multi-entry index holds one key per (tag, post) pair.
    await db.posts.orderBy('tags').eachKey((tag, cursor) => {
      const own = tagsOf.get(cursor.primaryKey);
      if (own) own.push(String(tag));
      else tagsOf.set(cursor.primaryKey, [String(tag)]);
    });
    const postsWithTag = new Map<string, string[]>();
    for (const slug of slugs) {
      for (const tag of tagsOf.get(slug) ?? []) {
        const list = postsWithTag.get(tag);
        if (list) list.push(slug);
        else postsWithTag.set(tag, [slug]);
      }
    }
    const totals = new Map([...postsWithTag].map(([tag, list]) => [tag, list.length]));
    return { slugs, tagsOf, postsWithTag, totals };
  });
}

/**
 * The posts carrying every selected tag (AND), newest first, and the chips (`tagFacets`): walks
 * the rarest selected tag's posts and checks the others on each post's own few tags.
 */
export function selectByTags(catalog: TagCatalog, selected: readonly string[]): TagSelection {
  const wanted = [...new Set(selected)];
  let slugs = catalog.slugs;
  if (wanted.length > 0) {
    const lists = wanted.map((tag) => catalog.postsWithTag.get(tag) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    slugs = rarest.filter((slug) => {
      const own = catalog.tagsOf.get(slug) ?? [];
      return wanted.every((tag) => own.includes(tag));
    });
  }
  const tagged = slugs.map((slug) => ({ tags: catalog.tagsOf.get(slug) ?? [] }));
  return {
    slugs,
    tags: tagFacets(tagged, selected, catalog.totals),
    total: catalog.slugs.length,
    selected: [...selected],
  };
}

/** Summaries of these posts, in this order; a post removed meanwhile is left out. */
export async function loadSummaries(db: FieldNotesDB, slugs: readonly string[]): Promise<PostSummary[]> {
  const posts = await db.posts.bulkGet([...slugs]);
  return posts.flatMap((post) => (post ? [toSummary(post)] : []));
}
