import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, renderFeeds, renderSitemap } from '../../../src/build/content/feeds.ts';
import type { Post, SiteInfo } from '../../../src/shared/post.ts';
import { parseXml } from './dom.ts';

const SITE: SiteInfo = {
  title: 'Notes',
  description: 'Many posts',
  language: 'en',
  baseUrl: 'https://notes.example.org/',
};

/** `count` posts, newest first, as the site build hands them over. */
function posts(count: number): Post[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `post-${count - i}`,
    title: `Post ${count - i}`,
    date: new Date(Date.UTC(2020, 0, 1) + (count - i) * 86_400_000).toISOString(),
    tags: ['notes'],
    summary: `Summary ${count - i}`,
    words: 3,
    readingMinutes: 1,
    draft: false,
    hash: `h${i}`,
    html: `<p>Body ${count - i}</p>`,
    headings: [],
  }));
}

describe('feeds of a large blog', () => {
  const many = posts(FEED_LIMIT + 25);
  const feeds = renderFeeds(SITE, many);

  it('carry only the newest posts, newest first, in RSS and Atom', () => {
    const newest = many.slice(0, FEED_LIMIT).map((post) => post.title);
    const rss = parseXml(feeds.rss);
    const atom = parseXml(feeds.atom);
    expect(
      [...rss.getElementsByTagName('item')].map((item) => item.getElementsByTagName('title')[0]?.textContent),
    ).toEqual(newest);
    expect([...atom.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('title')[0]?.textContent)).toEqual(
      newest,
    );
  });

  it('while the sitemap still lists every post', () => {
    const sitemap = renderSitemap(SITE, many);
    expect(sitemap).toContain('https://notes.example.org/posts/post-1<');
    expect(sitemap).toContain(`https://notes.example.org/posts/post-${FEED_LIMIT + 25}<`);
  });

  it('carry every post of a small blog', () => {
    const few = posts(3);
    expect(parseXml(renderFeeds(SITE, few).rss).getElementsByTagName('item')).toHaveLength(3);
  });
});
