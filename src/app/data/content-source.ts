import { indexUrl } from 'virtual:field-notes/content';
import { postBodyPath } from '../../shared/data-urls.ts';
import type { Post, PostIndex, PostSummary } from '../../shared/post.ts';

/** Resolves a path relative to the site's base path (works under a sub-path deploy). */
export function siteUrl(relative: string): string {
  return `${import.meta.env.BASE_URL}${relative}`;
}

/** Fetches this build's post index (served by the service worker's cache when offline). */
export async function fetchIndex(): Promise<PostIndex> {
  return fetchJson<PostIndex>(siteUrl(indexUrl));
}

/** Fetches one post's body file. */
export async function fetchPost(summary: Pick<PostSummary, 'slug' | 'hash'>): Promise<Post> {
  return fetchJson<Post>(siteUrl(postBodyPath(summary.slug, summary.hash)));
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
