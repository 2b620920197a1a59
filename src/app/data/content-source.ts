import { indexUrl } from 'virtual:field-notes/content';
import type { IndexManifest, Post, PostBundle, ShardEntry, SummaryShard } from '../../shared/post.ts';
import type { ContentSource } from './sync.ts';
import { siteUrl } from '../site-url.ts';

/** Fetches this build's index manifest (served by the service worker's cache when offline). */
export async function fetchIndex(): Promise<IndexManifest> {
  return fetchJson<IndexManifest>(siteUrl(indexUrl));
}

/** Fetches one shard of post summaries. */
export async function fetchShard(file: string): Promise<ShardEntry[]> {
  return (await fetchJson<SummaryShard>(siteUrl(file))).posts;
}

/** Fetches one bundle of whole posts. */
export async function fetchBundle(file: string): Promise<Post[]> {
  return (await fetchJson<PostBundle>(siteUrl(file))).posts;
}

/** This build's data over the network (or the service worker's cache of it). */
export const networkSource: ContentSource = { fetchIndex, fetchShard, fetchBundle };

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
