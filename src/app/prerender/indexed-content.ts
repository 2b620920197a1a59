// The build's posts indexed once for every page the prerenderer renders. The seeds (routes/*.data.ts) compute from it
// with the same pure functions the app runs over IndexedDB, so the server and the client agree.
import { toSummary, type Post } from '../../shared/post.ts';
import { buildRelatedIndex, type RelatedIndex } from '../data/related-index.ts';
import { buildTagCatalog, type TagCatalog } from '../data/tag-catalog.ts';
import type { BuildContent } from './seeds.ts';

/** The build's posts, indexed for the seeds. */
export interface IndexedContent {
  posts: Map<string, Post>;
  catalog: TagCatalog;
  related: RelatedIndex;
}

// Built once per build, not once per page: thousands of pages share it.
const indexes = new WeakMap<BuildContent, IndexedContent>();

/** The index of `content`, built on first use. */
export function indexedContent(content: BuildContent): IndexedContent {
  let result = indexes.get(content);
  if (!result) {
    const catalog = buildTagCatalog(content.posts.map(toSummary));
    result = {
      posts: new Map(content.posts.map((post) => [post.slug, post])),
      catalog,
      related: buildRelatedIndex(catalog),
    };
    indexes.set(content, result);
  }
  return result;
}
