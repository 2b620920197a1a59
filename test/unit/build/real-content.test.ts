import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../../src/build/content/build-site.ts';
import type { Post } from '../../../src/shared/post.ts';
import { htmlFragment, visibleText } from './dom.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const DRAFT_TITLE = 'KubeCon 2018: Looking Back and Forward';
const DRAFT_SLUG = 'kubecon-2018-looking-back-and-forward';
// The published EU 2018 post cites the draft by its title; that citation is the only place it may appear.
const DRAFT_CITATION = `My boss wrote about this some in ${DRAFT_TITLE} where he echoed`;

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({
    contentDir: path.join(ROOT, 'content'),
    publicDir: path.join(ROOT, 'public'),
    includeDrafts: false,
    displayRoot: ROOT,
  });
});

function post(slug: string): Post {
  const found = site.posts.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no post ${slug}`);
  return found;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('the real content', () => {
  it('builds without warnings', () => {
    expect(site.warnings).toEqual([]);
  });

  it('publishes exactly four posts, newest first', () => {
    expect(site.index.posts.map((summary) => summary.title)).toEqual([
      'KubeCon + CloudNativeCon EU 2018',
      'KubeCon 2017 Thoughts',
      'Kubernetes Trends at KubeCon 2017',
      'Insights from KubeCon EU 2016: Kubernetes vs. reality',
    ]);
  });

  it('emits every published post, newest first, in the body bundles', () => {
    expect(
      site.assets
        .filter((a) => a.fileName.startsWith('data/bundles/'))
        .flatMap((a) => (JSON.parse(a.source) as { posts: { slug: string }[] }).posts)
        .map((post) => `data/posts/${post.slug}`),
    ).toEqual([
      'data/posts/kubecon-cloudnativecon-eu-2018',
      'data/posts/kubecon-2017-thoughts',
      'data/posts/kubernetes-trends-at-kubecon-2017',
      'data/posts/insights-from-kubecon-eu-2016',
    ]);
  });

  it('counts the draft as left out', () => {
    expect(site.stats.draftsLeftOut).toBe(1);
  });

  describe('the draft', () => {
    it('is in no asset name or source by its slug', () => {
      for (const { fileName, source } of site.assets) {
        expect(fileName).not.toContain(DRAFT_SLUG);
        expect(source).not.toContain(DRAFT_SLUG);
      }
    });

    it('has none of its sentences in any asset', () => {
      for (const { source } of site.assets) {
        expect(source).not.toContain('And so KubeCon 2018 begins.');
        expect(source).not.toContain('proposing his new no-code movement');
      }
    });

    it('has its title in no asset except where the EU 2018 post cites it', () => {
      for (const { fileName, source } of site.assets) {
        expect({ fileName, mentions: occurrences(source, DRAFT_TITLE) }).toEqual({
          fileName,
          mentions: occurrences(source, DRAFT_CITATION),
        });
      }
    });
  });

  it.each([
    'Archives',
    'Categories:',
    'Leave a Comment',
    'Akismet',
    'Recent posts',
    'Related posts',
    'No items found',
    'kubecon1.jpg',
  ])('has no "%s" debris in any asset', (debris) => {
    for (const { source } of site.assets) expect(source).not.toContain(debris);
  });

  it('has "Not pictured: genuine Texas Red Chili" exactly once in its post', () => {
    expect(occurrences(post('kubernetes-trends-at-kubecon-2017').html, 'Not pictured: genuine Texas Red Chili')).toBe(
      1,
    );
  });

  it.each([
    [
      'kubecon-cloudnativecon-eu-2018',
      'We’re all now working at companies or in roles that are related to containers.',
    ],
    ['kubecon-2017-thoughts', "Currently, there's many competiting tools in each separate space in infrastructure."],
    [
      'kubecon-2017-thoughts',
      "It's amazing ridiculous to see the level of adoption that people have raced towards with Kubernetes",
    ],
    ['kubernetes-trends-at-kubecon-2017', 'If there’s anything not covered that you are curious about, just ask 🤓'],
    ['kubernetes-trends-at-kubecon-2017', 'you could certainly make some meaningful contributions to the project 🙂.'],
    [
      'insights-from-kubecon-eu-2016',
      'We heard users saying “we’re happy to see that any new feature we’ve been thinking of, is already somehow being considered”.',
    ],
  ])('keeps a sentence of %s word for word', (slug, sentence) => {
    expect(visibleText(post(slug).html)).toContain(sentence);
  });

  it('makes the Flickr album URL a link', () => {
    const links = [...htmlFragment(post('kubecon-cloudnativecon-eu-2018').html).querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toContainEqual([
      'https://www.flickr.com/photos/pleia2/albums/72157690739135510',
      'https://www.flickr.com/photos/pleia2/albums/72157690739135510',
    ]);
  });

  it('renders the quotes of the Trends post as blockquotes', () => {
    const quotes = [...htmlFragment(post('kubernetes-trends-at-kubecon-2017').html).querySelectorAll('blockquote')];
    expect(quotes.map((quote) => visibleText(quote.innerHTML))).toEqual([
      'Your application just asks for a database and it gets it! Then you can copy your application to another cloud, and it will get another database there!',
      'You don’t need a VPN to connect your data centers; use a service mesh! Throw away that expensive barracuda firewall appliance; use a service mesh!',
    ]);
  });

  it('uses the text before <!--more--> as the summary of the Jekyll post, cut at a word', () => {
    expect(site.index.posts[1]?.summary).toBe(
      'Earlier this month, I went to KubeCon/CloudNativeCon 2017 in Austin, Texas. I was fortunate enough to give a talk there about some of the cool work (Real Security for Services on Kubernetes) my team focuses on. Beyond that, I attended many talks, visited sponsor showcases, and…',
    );
  });
});
