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

/** The small index every page loads first: metadata of every published post. */
export interface PostIndex {
  /** Changes whenever any post is added, changed or removed. */
  version: string;
  site: SiteInfo;
  /** Newest first. */
  posts: PostSummary[];
}

/** The index entry of a post: everything but the body. */
export function toSummary(post: Post): PostSummary {
  const { html: _html, headings: _headings, ...summary } = post;
  return summary;
}
