import { toSummary, type Post, type PostSummary } from '../../shared/post.ts';
import { buildRelatedIndex, type RelatedIndex } from '../data/related-index.ts';
import { oldestFirst, type PostNeighbours } from '../data/related-posts.ts';
import { buildTagCatalog, filterByTags, type TagCatalog, type TagFilterResult } from '../data/tag-catalog.ts';
import { listTags, type TagFacet } from '../data/tags.ts';
import { PAGE_SIZE } from '../list-window.ts';
import type { BuildContent, Seed } from './seeds.ts';

// The first value of each query a prerendered page shows, computed from the build's posts with
// the same pure functions the app runs over IndexedDB, so the server and the client agree.

/**
 * The home page and tag pages: a tag selection. A page embeds its first page of posts only, and
 * no slug list, so what it carries stays the same size however many posts there are; lists
 * render from `posts` and `count` (PostList's `total`).
 */
export function tagFilterSeed(selected: readonly string[], limit?: number): Seed<TagFilterResult> {
  return {
    key: `tag-filter:${selected.join(',')}:${limit ?? 'all'}`,
    compute: (content) => filterByTags(indexed(content).catalog, selected, Math.min(limit ?? PAGE_SIZE, PAGE_SIZE)),
    embed: (result): EmbeddedTagFilter => ({ ...result, slugs: [], tags: result.tags.map(packFacet) }),
    restore: (embedded) => {
      const result = embedded as EmbeddedTagFilter;
      return { ...result, tags: result.tags.map(unpackFacet) };
    },
  };
}

/**
 * A chip as the page carries it: `[tag, total]` when selecting it too would leave all its posts
 * (every chip of an unfiltered list), else `[tag, total, count]`, and a fourth `1` when selected.
 * Every tag has a chip, so this keeps a site with hundreds of tags from making its home page
 * grow with them.
 */
type PackedFacet = [tag: string, total: number, count?: number, selected?: 1];

type EmbeddedTagFilter = Omit<TagFilterResult, 'tags'> & { tags: PackedFacet[] };

function packFacet({ tag, total, count, selected }: TagFacet): PackedFacet {
  if (selected) return [tag, total, count, 1];
  return count === total ? [tag, total] : [tag, total, count];
}

function unpackFacet([tag, total, count = total, selected]: PackedFacet): TagFacet {
  return { tag, total, count, selected: selected === 1 };
}

/** A post page's post; the page carries its HTML already, so the embedded copy leaves it out. */
export function postSeed(slug: string): Seed<Post | null> {
  return {
    key: `post:${slug}`,
    compute: (content) => indexed(content).posts.get(slug) ?? null,
    embed: (post) => post && { ...post, html: '' },
  };
}

/** A post page's previous, next and related posts. */
export function neighboursSeed(slug: string): Seed<PostNeighbours> {
  return {
    key: `neighbours:${slug}`,
    compute: (content) => {
      const { byDate, dateIndex, related } = indexed(content);
      const at = dateIndex.get(slug);
      const adjacent = at === undefined ? {} : { previous: byDate[at - 1], next: byDate[at + 1] };
      // The same posts as the app's relatedPosts, from an index: a pass over every post for
      // every post page made the prerender quadratic.
      return { adjacent, related: related.related(slug) };
    },
  };
}

/** The tags page: every tag with its post count, most used first. */
export function tagListSeed(): Seed<{ tag: string; total: number }[]> {
  return {
    key: 'tag-list',
    compute: (content) => listTags(indexed(content).catalog.totals),
  };
}

interface IndexedContent {
  posts: Map<string, Post>;
  catalog: TagCatalog;
  /** Oldest first, sorted once for every post page's neighbours, and each post's place in it. */
  byDate: PostSummary[];
  dateIndex: Map<string, number>;
  related: RelatedIndex;
}

// Built once per build, not once per page: thousands of pages share it.
const indexes = new WeakMap<BuildContent, IndexedContent>();

function indexed(content: BuildContent): IndexedContent {
  let result = indexes.get(content);
  if (!result) {
    const summaries = content.posts.map(toSummary);
    const byDate = oldestFirst(summaries);
    result = {
      posts: new Map(content.posts.map((post) => [post.slug, post])),
      catalog: buildTagCatalog(summaries),
      byDate,
      dateIndex: new Map(byDate.map((post, index) => [post.slug, index])),
      related: buildRelatedIndex(summaries),
    };
    indexes.set(content, result);
  }
  return result;
}
