import type { IndexManifest, PostBundle, SummaryShard } from '../../shared/post.ts';
import type { ContentSource } from './sync.ts';
import { siteUrl } from '../site-url.ts';

/** This build's data from `indexUrl` on; a URL, not the content module, since the sync worker has no build plugins. */
export function networkSource(indexUrl: string): ContentSource {
  return {
    fetchIndex: () => fetchJson<IndexManifest>(siteUrl(indexUrl)),
    fetchShard: async (file) => (await fetchJson<SummaryShard>(siteUrl(file))).posts,
    fetchBundle: async (file) => (await fetchJson<PostBundle>(siteUrl(file))).posts,
  };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
