import { Feed } from 'feed';
import { postRoute, tagRoute } from '../../shared/data-urls.ts';
import type { Post, SiteInfo } from '../../shared/post.ts';
import { escapeHtml } from './escape.ts';

/** Names of the files the feeds module emits, relative to the site root. */
export const FEED_FILES = { rss: 'feed.xml', atom: 'atom.xml', sitemap: 'sitemap.xml', robots: 'robots.txt' } as const;

/** How many of the newest posts the feeds carry: readers poll the whole file for what is new (bench/README.md). */
export const FEED_LIMIT = 50;

/** RSS 2.0 and Atom feeds of the newest FEED_LIMIT posts in full; `basePath` starts the HTML's site links. */
export function renderFeeds(site: SiteInfo, posts: Post[], basePath = '/'): { rss: string; atom: string } {
  const url = (relative: string) => new URL(relative, site.baseUrl).href;
  const feed = new Feed({
    id: site.baseUrl,
    title: site.title,
    description: site.description,
    link: site.baseUrl,
    language: site.language,
    updated: posts[0] ? new Date(posts[0].updated ?? posts[0].date) : new Date(0),
    feedLinks: { rss: url(FEED_FILES.rss), atom: url(FEED_FILES.atom) },
    generator: 'KubeCon Field Notes',
  });
  for (const post of posts.slice(0, FEED_LIMIT)) {
    // The feed package marks titles and summaries as HTML: escaped, a reader shows markup an author typed as text.
    feed.addItem({
      title: escapeHtml(post.title),
      id: url(postRoute(post.slug)),
      link: url(postRoute(post.slug)),
      date: new Date(post.updated ?? post.date),
      published: new Date(post.date),
      description: escapeHtml(post.summary),
      content: absolutizeLinks(stripHeadingAnchors(post.html), site.baseUrl, basePath),
      category: post.tags.map((tag) => ({ name: tag, domain: url(tagRoute(tag)) })),
    });
  }
  return { rss: feed.rss2(), atom: asAtomText(feed.atom1()) };
}

/** sitemap.xml listing the home page, every post, the tag index and every tag page. */
export function renderSitemap(site: SiteInfo, posts: Post[]): string {
  const url = (relative: string) => escapeHtml(new URL(relative, site.baseUrl).href);
  const tags = [...new Set(posts.flatMap((post) => post.tags))].sort();
  const entries = [
    `<url><loc>${url('')}</loc></url>`,
    ...posts.map(
      (post) =>
        `<url><loc>${url(postRoute(post.slug))}</loc><lastmod>${(post.updated ?? post.date).slice(0, 10)}</lastmod></url>`,
    ),
    `<url><loc>${url('tags')}</loc></url>`,
    ...tags.map((tag) => `<url><loc>${url(tagRoute(tag))}</loc></url>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map((e) => `  ${e}`).join('\n')}\n</urlset>\n`;
}

/** robots.txt that allows everything and points crawlers at the sitemap. */
export function renderRobots(site: SiteInfo): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(FEED_FILES.sitemap, site.baseUrl).href}\n`;
}

// Feed readers show posts outside the site, where the "#" section anchors are noise.
function stripHeadingAnchors(html: string): string {
  return html.replace(/<a class="heading-anchor"[^>]*>#<\/a>/g, '');
}

// Feed readers resolve relative links inconsistently. Site paths (srcset's too) lose the base path and are resolved
// against the public base URL, which may name another path than the build's (a proxy).
function absolutizeLinks(html: string, baseUrl: string, basePath: string): string {
  const absolute = (sitePath: string) =>
    new URL(sitePath.startsWith(basePath) ? sitePath.slice(basePath.length) : sitePath.slice(1), baseUrl).href;
  const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');
  return html
    .replace(
      /(href|src)="(\/(?!\/)[^"]*)"/g,
      (_, attribute: string, sitePath: string) => `${attribute}="${absolute(sitePath)}"`,
    )
    .replace(/ srcset="([^"]*)"/g, (_, list: string) => {
      const parts = list.split(', ').map((part) => {
        const [url = '', ...descriptor] = part.split(' ');
        return isSitePath(url) ? [absolute(url), ...descriptor].join(' ') : part;
      });
      return ` srcset="${parts.join(', ')}"`;
    });
}

// The feed package cannot emit Atom `type="text"`; the escaped text it wrapped in CDATA is valid
// XML text as it stands, so it is unwrapped and marked as text, which readers never parse as HTML.
function asAtomText(atom: string): string {
  return atom.replace(
    /<(title|summary) type="html"><!\[CDATA\[([^>]*)\]\]><\/\1>/g,
    (_, element: string, text: string) => `<${element} type="text">${text}</${element}>`,
  );
}
