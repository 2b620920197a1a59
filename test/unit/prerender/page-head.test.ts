import { describe, expect, it } from 'vitest';
import { documentHead } from '../../../src/app/page-meta.ts';
import { pageHtml } from '../../../src/build/prerender/page-html.ts';
import { readSiteConfig } from '../../../src/build/content/site-config.ts';
import { htmlFragment } from '../build/dom.ts';

// The app reads the same file, through the build's content module.
const site = await readSiteConfig('content', 'content');

const TEMPLATE =
  '<html><head><title>x</title><meta name="description" content="" />' +
  '<meta name="field-notes:app" content="/assets/index.js" data-preload="" /><style data-page-styles></style>' +
  '</head><body><div id="app"></div></body></html>';

/** The head a prerendered page carries, as `name or property → content` plus its canonical link. */
function headOf(html: string) {
  const fragment = htmlFragment(html);
  const meta = new Map<string, string | null>();
  for (const element of fragment.querySelectorAll('meta[property], meta[name]')) {
    meta.set(element.getAttribute('property') ?? element.getAttribute('name') ?? '', element.getAttribute('content'));
  }
  return { meta, canonical: fragment.querySelector('link[rel="canonical"]')?.getAttribute('href') };
}

function render(path: string, meta: Parameters<typeof documentHead>[0]): ReturnType<typeof headOf> {
  const head = documentHead(meta, path);
  return headOf(pageHtml(TEMPLATE, { ...head, path, html: '', seeds: {}, css: '', preload: [] }));
}

describe('a prerendered page’s head', () => {
  it('gives a post its canonical address under the site’s base URL, and an article card', () => {
    const { meta, canonical } = render('/posts/some-post', {
      title: 'Some post',
      description: 'What it says.',
      published: '2017-12-08T00:00:00.000Z',
    });
    const address = new URL('posts/some-post', site.baseUrl).href;
    expect(canonical).toBe(address);
    expect(meta.get('og:url')).toBe(address);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:title')).toBe('Some post');
    expect(meta.get('og:description')).toBe('What it says.');
    expect(meta.get('description')).toBe('What it says.');
    expect(meta.get('og:site_name')).toBe(site.title);
    expect(meta.get('article:published_time')).toBe('2017-12-08T00:00:00.000Z');
    expect(meta.get('twitter:card')).toBe('summary');
  });

  it('gives the home page the site’s own title, description and base URL, as a website', () => {
    const { meta, canonical } = render('/', {});
    expect(canonical).toBe(site.baseUrl);
    expect(meta.get('og:url')).toBe(site.baseUrl);
    expect(meta.get('og:type')).toBe('website');
    expect(meta.get('og:title')).toBe(site.title);
    expect(meta.get('og:description')).toBe(site.description);
    expect(meta.get('description')).toBe(site.description);
    expect(meta.has('article:published_time')).toBe(false);
  });

  it('claims no address for the Not found page, which answers for any address', () => {
    const { meta, canonical } = render('/404', { title: 'Page not found', canonical: false });
    expect(canonical).toBeUndefined();
    expect(meta.has('og:url')).toBe(false);
    expect(meta.get('og:title')).toBe('Page not found');
  });

  it('writes titles and descriptions as attribute text, whatever they hold', () => {
    const hostile = '"><script>alert(1)</script> & <b>';
    const html = pageHtml(TEMPLATE, {
      ...documentHead({ title: hostile, description: hostile }, '/posts/x'),
      path: '/posts/x',
      html: '',
      seeds: {},
      css: '',
      preload: [],
    });
    expect(html).not.toContain('<script>alert');
    const { meta } = headOf(html);
    expect(meta.get('og:title')).toBe(hostile);
    expect(meta.get('og:description')).toBe(hostile);
  });
});
