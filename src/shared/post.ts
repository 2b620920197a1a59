/** A heading inside a post body, for the table of contents and resume anchors. */
export interface Heading {
  id: string;
  text: string;
  depth: number;
}

/** What the post list needs: everything about a post except its body. */
export interface PostSummary {
  slug: string;
  title: string;
  /** ISO 8601 date-time of first publication. */
  date: string;
  /** ISO 8601 date-time of the last meaningful edit, when the author gave one. */
  updated?: string;
  tags: string[];
  /** Plain text, no markup. */
  summary: string;
  words: number;
  readingMinutes: number;
  /** Only ever true in development builds; production builds leave drafts out. */
  draft: boolean;
  /** Content hash of the post's body file; changes whenever anything about the post changes. */
  hash: string;
}

/** A whole post as stored in IndexedDB and emitted as `data/posts/<slug>.<hash>.json`. */
export interface Post extends PostSummary {
  /** Sanitized HTML rendered from markdown at build time. */
  html: string;
  headings: Heading[];
}

/** Site-wide settings from `content/site.yaml`. */
export interface SiteInfo {
  title: string;
  description: string;
  language: string;
  /** Absolute URL the site is published at, ending in `/`. */
  baseUrl: string;
}

/** Every published post's metadata, as the build knows it (assembled from the shards in the browser). */
export interface PostIndex {
  /** Changes whenever any post is added, changed or removed. */
  version: string;
  site: SiteInfo;
  /** Newest first. */
  posts: PostSummary[];
}

/** `data/index.<version>.json`, which every visit loads first: it names the shards, so it stays small as posts grow. */
export interface IndexManifest {
  /** Changes whenever any post is added, changed or removed. */
  version: string;
  site: SiteInfo;
  /** How many posts the shards hold together. */
  total: number;
  /** Shard files (relative to the base path), the newest posts' shard first. */
  shards: string[];
}

/** A summary as a shard lists it: with the bundle file that holds the post's body. */
export interface ShardEntry extends PostSummary {
  /** The bundle file, relative to the base path. */
  bundle: string;
}

/** A summary shard, `data/shards/<hash>.json`: a few hundred consecutive posts, newest first. */
export interface SummaryShard {
  posts: ShardEntry[];
}

/** A body bundle, `data/bundles/<hash>.json`: about a hundred whole posts, fetched as one file. */
export interface PostBundle {
  posts: Post[];
}

/** The index entry of a post: everything but the body (and, for a shard entry, its bundle). */
export function toSummary(post: Post | ShardEntry | PostSummary): PostSummary {
  const { html: _html, headings: _headings, bundle: _bundle, ...summary } = post as Partial<Post & ShardEntry>;
  return summary as PostSummary;
}
