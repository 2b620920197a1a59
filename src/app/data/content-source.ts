import type { IndexManifest, PostBundle, SummaryShard } from '../../shared/post.ts';
import type { ContentSource } from './sync.ts';
import { siteUrl } from '../site-url.ts';

/**
 * This build's data over the network (or the service worker's cache of it), starting from the
 * index manifest at `indexUrl`. Takes the URL rather than reading the build's content module, so
 * the sync worker, which is bundled without the site's build plugins, can use it too.
 */
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
