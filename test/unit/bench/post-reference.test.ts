import { describe, expect, it } from 'vitest';
import { renderPostReference } from '../../../bench/reference-page.ts';
import type { Post, SiteInfo } from '../../../src/shared/post.ts';

const site: SiteInfo = {
  title: 'Notes',
  description: 'About things',
  language: 'en',
  baseUrl: 'https://notes.example.org/',
};
const post = {
  slug: 'a-post',
  title: 'A <post>',
  date: '2018-12-12T17:00:00.000Z',
  summary: 'What it says',
  readingMinutes: 2,
  html: '<p><picture><img src="/assets/images/a-960w-0123456789.jpg" width="3200" height="2000" alt="A"></picture></p>',
} as Post;

describe('the static reference made from a post', () => {
  it('holds the body our build rendered, pictures as they are, and no script', () => {
    const html = renderPostReference(site, post);
    expect(html).toContain(post.html);
    expect(html).toContain('<h1>A &#60;post&#62;</h1>');
    expect(html).toContain('December 12, 2018');
    expect(html).not.toContain('<script');
  });

  it('keeps each picture in the room its width and height give it', () => {
    expect(renderPostReference(site, post)).toContain('img{display:block;max-width:100%;height:auto');
  });
});
