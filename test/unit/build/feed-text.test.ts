import { describe, expect, it } from 'vitest';
import { renderFeeds } from '../../../src/build/content/feeds.ts';
import { renderMarkdown } from '../../../src/build/content/render.ts';
import type { Post } from '../../../src/shared/post.ts';
import { htmlFragment, parseXml } from './dom.ts';

const MARKUP = '<img src=x onerror=alert(1)>';

const post: Post = {
  slug: 'markup',
  title: `Title ${MARKUP}`,
  date: '2020-01-01T00:00:00.000Z',
  tags: [],
  summary: `Summary ${MARKUP}`,
  words: 3,
  readingMinutes: 1,
  draft: false,
  hash: 'h',
  html: renderMarkdown(`Body ${MARKUP} <b>bold</b>`).html,
  headings: [],
};

const feeds = renderFeeds(
  { title: 'Notes', description: 'Posts', language: 'en', baseUrl: 'https://notes.example.org/' },
  [post],
);

/** The one child `name` of the feed's only item or entry. */
function field(xml: string, item: string, name: string): Element {
  const document = parseXml(xml);
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  const element = document.getElementsByTagName(item)[0]?.getElementsByTagName(name)[0];
  if (!element) throw new Error(`no <${name}> in <${item}>`);
  return element;
}

describe('feeds of a post whose title and summary hold markup', () => {
  it('carry the Atom title and summary as text, with the literal characters', () => {
    for (const [name, text] of [
      ['title', post.title],
      ['summary', post.summary],
    ] as const) {
      const element = field(feeds.atom, 'entry', name);
      expect(element.getAttribute('type') ?? 'text').toBe('text');
      expect(element.textContent).toBe(text);
    }
  });

  it('escape the RSS title and description, so as HTML they are text without elements', () => {
    for (const [name, text] of [
      ['title', post.title],
      ['description', post.summary],
    ] as const) {
      const html = htmlFragment(field(feeds.rss, 'item', name).textContent ?? '');
      expect(html.querySelector('*')).toBeNull();
      expect(html.textContent).toBe(text);
    }
  });

  it('carry the sanitized body as HTML in Atom content and RSS content:encoded', () => {
    for (const element of [field(feeds.atom, 'entry', 'content'), field(feeds.rss, 'item', 'content:encoded')]) {
      const body = htmlFragment(element.textContent ?? '');
      expect(body.querySelector('b')?.textContent).toBe('bold');
      expect(body.querySelector('[onerror]')).toBeNull();
    }
    expect(field(feeds.atom, 'entry', 'content').getAttribute('type')).toBe('html');
  });
});
