import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../../src/build/content/build-site.ts';
import { prefixSiteLinks, renderMarkdown } from '../../../src/build/content/render.ts';
import type { Post } from '../../../src/shared/post.ts';
import { htmlFragment, parseXml } from './dom.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID = path.join(ROOT, 'test/fixtures/valid');

describe('prefixSiteLinks', () => {
  it('puts the base path before site-absolute links and images', () => {
    expect(prefixSiteLinks('<a href="/posts/a">a</a><img src="/images/b.png" alt="" />', '/notes/')).toBe(
      '<a href="/notes/posts/a">a</a><img src="/notes/images/b.png" alt="" />',
    );
  });

  it('leaves external, protocol-relative, relative and in-page links alone', () => {
    const html =
      '<a href="https://example.org/x">e</a><a href="//cdn.example.org/y">p</a><a href="other">r</a><a href="#top">t</a>';
    expect(prefixSiteLinks(html, '/notes/')).toBe(html);
  });

  it('changes nothing at the root', () => {
    expect(prefixSiteLinks('<a href="/posts/a">a</a>', '/')).toBe('<a href="/posts/a">a</a>');
  });

  it('only touches attributes, never text that looks like one', () => {
    expect(prefixSiteLinks('<p>write href="/x" to link</p>', '/notes/')).toBe('<p>write href="/x" to link</p>');
  });
});

describe('renderMarkdown with a base path', () => {
  const markdown = 'See [the recap](/posts/austin-recap), [home](/) and ![a mesh](/images/mesh.svg).\n';

  it('writes the links as the browser must fetch them under the sub-path', () => {
    const fragment = htmlFragment(renderMarkdown(markdown, { basePath: '/notes/' }).html);
    expect([...fragment.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/notes/posts/austin-recap',
      '/notes/',
    ]);
    expect(fragment.querySelector('img')?.getAttribute('src')).toBe('/notes/images/mesh.svg');
  });

  it('reports references as the author wrote them, so they are checked against the content', () => {
    expect(renderMarkdown(markdown, { basePath: '/notes/' }).references.map((r) => r.href)).toEqual([
      '/posts/austin-recap',
      '/',
      '/images/mesh.svg',
    ]);
  });
});

describe('buildSite under a sub-path', () => {
  let site: BuiltSite;
  const asset = (fileName: string) => site.assets.find((a) => a.fileName === fileName)?.source ?? '';
  // The post as emitted in its bundle, the file the browser reads it from.
  const post = (slug: string): Post | undefined =>
    site.assets
      .filter((a) => a.fileName.startsWith('data/bundles/'))
      .flatMap((a) => (JSON.parse(a.source) as { posts: Post[] }).posts)
      .find((candidate) => candidate.slug === slug);
  const sitemapUrls = () =>
    [...parseXml(asset('sitemap.xml')).getElementsByTagName('loc')].map((loc) => loc.textContent);

  beforeAll(async () => {
    site = await buildSite({
      contentDir: VALID,
      publicDir: path.join(VALID, 'public'),
      includeDrafts: false,
      displayRoot: ROOT,
      basePath: '/notes/',
    });
  });

  it('emits post HTML whose local links and images carry the base path', () => {
    const fragment = htmlFragment(post('service-mesh-notes')?.html ?? '');
    expect(fragment.querySelector('a[href$="austin-recap"]')?.getAttribute('href')).toBe('/notes/posts/austin-recap');
    // Processed into a copy with a content hash in its name (src/build/images).
    expect(fragment.querySelector('img')?.getAttribute('src')).toMatch(
      /^\/notes\/assets\/images\/mesh-[0-9a-f]{10}\.svg$/,
    );
  });

  it('adds the base path to a base URL that names only a host', () => {
    expect(site.index.site.baseUrl).toBe('https://notes.example.org/notes/');
  });

  it('lists sub-path addresses in the sitemap', () => {
    expect(sitemapUrls()).toContain('https://notes.example.org/notes/posts/austin-recap');
    expect(sitemapUrls()[0]).toBe('https://notes.example.org/notes/');
  });

  it('links feed items and the content inside them once under the sub-path', () => {
    const rss = asset('feed.xml');
    expect(rss).toContain('<link>https://notes.example.org/notes/posts/austin-recap</link>');
    expect(rss).toContain('<a href="https://notes.example.org/notes/posts/austin-recap">');
    expect(rss).toMatch(/src="https:\/\/notes\.example\.org\/notes\/assets\/images\/mesh-[0-9a-f]{10}\.svg"/);
    expect(rss).not.toContain('/notes/notes/');
  });

  it('points robots.txt at the sub-path sitemap', () => {
    expect(asset('robots.txt')).toContain('Sitemap: https://notes.example.org/notes/sitemap.xml');
  });

  it('keeps a SITE_URL that already names a path as given', async () => {
    const withUrl = await buildSite({
      contentDir: VALID,
      publicDir: path.join(VALID, 'public'),
      includeDrafts: false,
      displayRoot: ROOT,
      basePath: '/notes/',
      siteUrl: 'https://someone.github.io/notes/',
    });
    expect(withUrl.index.site.baseUrl).toBe('https://someone.github.io/notes/');
    const rss = withUrl.assets.find((a) => a.fileName === 'feed.xml')?.source ?? '';
    expect(rss).toContain('<a href="https://someone.github.io/notes/posts/austin-recap">');
  });
});
