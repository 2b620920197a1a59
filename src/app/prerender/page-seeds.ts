import { toSummary, type Post, type PostSummary } from '../../shared/post.ts';
import type { PostNeighbours } from '../data/queries.ts';
import { adjacentPosts, relatedPosts } from '../data/related-posts.ts';
import { selectByTags, type TagCatalog, type TagFilterResult } from '../data/tag-catalog.ts';
import type { BuildContent, Seed } from './seeds.ts';

// The first value of each query a prerendered page shows, computed from the build's posts with
// the same pure functions the app runs over IndexedDB, so the server and the client agree.

/** The home page and tag pages: a tag selection with its first `limit` posts. */
export function tagFilterSeed(selected: readonly string[], limit: number): Seed<TagFilterResult> {
  return {
    key: `tag-filter:${selected.join(',')}:${limit}`,
    compute: (content) => {
      const { catalog, bySlug } = indexed(content);
      const selection = selectByTags(catalog, selected);
      const posts = selection.slugs.slice(0, limit).flatMap((slug) => bySlug.get(slug) ?? []);
      return { ...selection, posts };
    },
  };
}

/** A post page's post; the page carries its HTML already, so the embedded copy leaves it out. */
export function postSeed(slug: string): Seed<Post | null> {
  return {
    key: `post:${slug}`,
    compute: (content) => content.posts.find((post) => post.slug === slug) ?? null,
    embed: (post) => post && { ...post, html: '' },
  };
}

/** A post page's previous, next and related posts. */
export function neighboursSeed(slug: string): Seed<PostNeighbours> {
  return {
    key: `neighbours:${slug}`,
    compute: (content) => {
      const { summaries, bySlug } = indexed(content);
      const post = bySlug.get(slug);
      return { adjacent: adjacentPosts({ slug }, summaries), related: post ? relatedPosts(post, summaries) : [] };
    },
  };
}

/** The tags page: every tag with its post count, most used first. */
export function tagListSeed(): Seed<{ tag: string; total: number }[]> {
  return {
    key: 'tag-list',
    compute: (content) =>
      [...indexed(content).catalog.totals]
        .map(([tag, total]) => ({ tag, total }))
        .sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag)),
  };
}

interface IndexedContent {
  summaries: PostSummary[];
  bySlug: Map<string, PostSummary>;
  catalog: TagCatalog;
}

// Built once per build, not once per page: thousands of pages share it.
const indexes = new WeakMap<BuildContent, IndexedContent>();

function indexed(content: BuildContent): IndexedContent {
  let result = indexes.get(content);
  if (!result) {
    const summaries = content.posts.map(toSummary);
    result = { summaries, bySlug: new Map(summaries.map((post) => [post.slug, post])), catalog: catalogOf(summaries) };
    indexes.set(content, result);
  }
  return result;
}

/** The tag catalog of posts already newest first, as readTagCatalog builds it from IndexedDB. */
function catalogOf(summaries: readonly PostSummary[]): TagCatalog {
  const slugs = summaries.map((post) => post.slug);
  const tagsOf = new Map(summaries.map((post) => [post.slug, [...post.tags].sort()]));
  const postsWithTag = new Map<string, string[]>();
  for (const post of summaries) {
    for (const tag of post.tags) {
      const list = postsWithTag.get(tag);
      if (list) list.push(post.slug);
      else postsWithTag.set(tag, [post.slug]);
    }
  }
  const totals = new Map([...postsWithTag].map(([tag, list]) => [tag, list.length]));
  return { slugs, tagsOf, postsWithTag, totals };
}
