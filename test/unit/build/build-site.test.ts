import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite, type SiteBuildOptions } from '../../../src/build/content/build-site.ts';
import { ContentError, formatProblem } from '../../../src/build/content/errors.ts';
import { contentHash } from '../../../src/build/content/hash.ts';
import type { IndexManifest, Post, PostBundle, ShardEntry, SummaryShard } from '../../../src/shared/post.ts';
import { parseXml } from './dom.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID = path.join(ROOT, 'test/fixtures/valid');
const BROKEN = path.join(ROOT, 'test/fixtures/broken');

function build(contentDir: string, options: Partial<SiteBuildOptions> = {}): Promise<BuiltSite> {
  return buildSite({
    contentDir,
    publicDir: path.join(VALID, 'public'),
    includeDrafts: false,
    displayRoot: ROOT,
    ...options,
  });
}

async function buildError(contentDir: string, options: Partial<SiteBuildOptions> = {}): Promise<ContentError> {
  const error: unknown = await build(contentDir, options).then(
    () => new Error('expected the build to fail'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ContentError)) throw error;
  return error;
}

function asset(site: BuiltSite, fileName: string): string {
  const found = site.assets.find((candidate) => candidate.fileName === fileName);
  if (!found) throw new Error(`no asset ${fileName} in ${site.assets.map((a) => a.fileName).join(', ')}`);
  return found.source;
}

/** A post as the browser gets it: from the bundle its shard entry names. */
function postAsset(site: BuiltSite, slug: string): Post {
  const entry = indexAsset(site).posts.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(`no post ${slug} in the shards`);
  const bundle = JSON.parse(asset(site, entry.bundle)) as PostBundle;
  const post = bundle.posts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`${entry.bundle} does not hold ${slug}`);
  return post;
}

/** The manifest with the entries of all its shards, in order, as sync assembles them. */
function indexAsset(site: BuiltSite): Omit<IndexManifest, 'shards'> & { posts: ShardEntry[] } {
  const manifest = JSON.parse(asset(site, site.indexFile)) as IndexManifest;
  const posts = manifest.shards.flatMap((file) => (JSON.parse(asset(site, file)) as SummaryShard).posts);
  return { ...manifest, posts };
}

/** Where the build put a post image, by its file's name: `assets/images/mesh-<hash>.svg`. */
function builtImage(site: BuiltSite, stem: string): string {
  const found = site.images.files.find((file) => file.fileName.startsWith(`assets/images/${stem}-`));
  if (!found) throw new Error(`no image ${stem} in ${site.images.files.map((file) => file.fileName).join(', ')}`);
  return found.fileName;
}

/** Parses an XML asset and fails when it is not well-formed. */
function xml(site: BuiltSite, fileName: string): Document {
  const document = parseXml(asset(site, fileName));
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

function texts(parent: Document | Element, tagName: string): string[] {
  return [...parent.getElementsByTagName(tagName)].map((element) => element.textContent ?? '');
}

function dataAssetNames(site: BuiltSite): string[] {
  return site.assets.map((a) => a.fileName).filter((name) => name.startsWith('data/'));
}

describe('buildSite with broken content', () => {
  const post = (name: string) => `test/fixtures/broken/posts/${name}`;
  const expected = [
    `${post('bad-tag.md')}:4: tag "Service Mesh" is not lowercase kebab-case: write "service-mesh"`,
    `${post('bad-yaml.md')}:3: front matter is not valid YAML: Missing closing "quote`,
    `${post('broken-links.md')}:7: link "/files/missing.pdf" does not exist: put the file in public/files/missing.pdf or fix the path`,
    `${post('broken-links.md')}:9: image "/images/nope.png" does not exist: put the file in public/images/nope.png or fix the path`,
    `${post('broken-links.md')}:11: link to "/posts/no-such-post" points at no post: check the slug (post slugs are file names in content/posts/)`,
    `${post('broken-links.md')}:13: link "/files/100%.pdf" has a % that starts no escape: write a literal % as %25`,
    `${post('dup.md')}:1: duplicate slug "dup": ${post('dup.markdown')} has the same name; rename one of them`,
    `${post('invalid-date.md')}:3: \`date\` "2018-02-31" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00`,
    `${post('missing-title.md')}:1: missing \`title\`: add \`title: "Your title"\` to the front matter`,
  ];

  it('throws a ContentError', async () => {
    await expect(build(BROKEN)).rejects.toBeInstanceOf(ContentError);
  });

  it('reports every problem as file:line: message, sorted by file and line', async () => {
    expect((await buildError(BROKEN)).problems.map(formatProblem)).toEqual(expected);
  });

  it('lists every problem in the error message', async () => {
    expect((await buildError(BROKEN)).message).toBe(`Content has 9 problems:\n${expected.join('\n')}`);
  });

  it('shows paths relative to the display root', async () => {
    const error = await buildError(BROKEN, { displayRoot: path.join(ROOT, 'test/fixtures') });
    expect(error.problems.map((problem) => problem.file)).toContain('broken/posts/bad-yaml.md');
  });

  it('reports a link to a draft that the build leaves out', async () => {
    const dir = await copyOf(VALID);
    try {
      await writeFile(
        path.join(dir, 'posts/links-to-draft.md'),
        '---\ntitle: Links To Draft\ndate: 2018-01-01\n---\n\nSee [the draft](/posts/unfinished-thoughts).\n',
      );
      const error = await buildError(dir, { displayRoot: dir });
      expect(error.problems.map(formatProblem)).toEqual([
        'posts/links-to-draft.md:6: link to "/posts/unfinished-thoughts" points at a draft that this build leaves out: publish it or remove the link',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('builds a code block in a language Shiki does not know, and warns at its fence', async () => {
    const dir = await copyOf(VALID);
    try {
      await writeFile(
        path.join(dir, 'posts/odd-code.md'),
        '---\ntitle: Odd Code\ndate: 2018-01-01\n---\n\nIntro.\n\n```klingon\nQapla\n```\n',
      );
      const site = await build(dir, { displayRoot: dir });
      expect(site.warnings.map(formatProblem)).toEqual([
        expect.stringMatching(/^posts\/odd-code\.md:8: code language "klingon" is not one Shiki knows/),
      ]);
      expect(site.posts.find((post) => post.slug === 'odd-code')?.html).toContain(
        '<code class="language-klingon">Qapla',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing site.yaml', async () => {
    const error = await buildError(path.join(VALID, 'posts'));
    expect(error.problems.map(formatProblem)).toEqual([
      'test/fixtures/valid/posts/site.yaml:1: site.yaml is missing: create it with title, description, language and baseUrl',
    ]);
  });
});

describe('buildSite with valid content', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await build(VALID);
  });

  it('builds the published posts, newest first', () => {
    expect(site.index.posts.map((post) => post.slug)).toEqual(['service-mesh-notes', 'austin-recap']);
  });

  it('reports no warnings', () => {
    expect(site.warnings).toEqual([]);
  });

  it('counts published posts, left-out drafts and tags', () => {
    const { published, draftsLeftOut, tags } = site.stats;
    expect({ published, draftsLeftOut, tags }).toEqual({ published: 2, draftsLeftOut: 1, tags: 3 });
  });

  it('counts the bytes of every asset', () => {
    expect(site.stats.bytes).toBe(site.assets.reduce((sum, a) => sum + Buffer.byteLength(a.source), 0));
  });

  it('lists every file it read', () => {
    expect(site.files.map((file) => path.relative(VALID, file))).toEqual([
      'site.yaml',
      'posts/austin-recap.md',
      'posts/service-mesh-notes.md',
      'posts/unfinished-thoughts.md',
    ]);
  });

  describe('summaries', () => {
    it('uses the text before <!--more--> as the summary', () => {
      expect(site.index.posts[0]?.summary).toBe('Meshes were everywhere this year. The hallway track agreed.');
    });

    it('uses the first paragraph when there is no <!--more-->', () => {
      expect(site.index.posts[1]?.summary).toBe(
        'Austin was huge: over four thousand people came to talk about Kubernetes.',
      );
    });

    it('leaves the <!--more--> marker out of the HTML', () => {
      expect(postAsset(site, 'service-mesh-notes').html).not.toContain('<!--');
    });
  });

  describe('asset names', () => {
    it('emits the index manifest, a summary shard, a body bundle, feeds, sitemap and robots.txt', () => {
      expect(site.assets.map((a) => a.fileName)).toEqual([
        `data/index.${site.index.version}.json`,
        expect.stringMatching(/^data\/shards\/[0-9a-f]{10}\.json$/),
        expect.stringMatching(/^data\/bundles\/[0-9a-f]{10}\.json$/),
        'feed.xml',
        'atom.xml',
        'sitemap.xml',
        'robots.txt',
        'offline-images.json',
      ]);
    });

    it('names the index data/index.<hash>.json', () => {
      expect(site.indexFile).toMatch(/^data\/index\.[0-9a-f]{10}\.json$/);
      expect(site.indexFile).toBe(`data/index.${site.index.version}.json`);
    });

    it('names shards and bundles by the hash of their content', () => {
      for (const name of dataAssetNames(site).slice(1)) {
        const hash = /^data\/(?:shards|bundles)\/([0-9a-f]{10})\.json$/.exec(name)?.[1];
        expect(hash).toBe(contentHash(asset(site, name)));
      }
    });

    it('lists the shard in the manifest, and the manifest holds no summary', () => {
      const manifest = JSON.parse(asset(site, site.indexFile)) as IndexManifest;
      expect(manifest).toEqual({
        version: site.index.version,
        site: site.index.site,
        total: 2,
        shards: dataAssetNames(site).filter((name) => name.startsWith('data/shards/')),
      });
      expect(site.manifest).toEqual(manifest);
    });
  });

  describe('index', () => {
    it('holds the site settings', () => {
      expect(indexAsset(site).site).toEqual({
        title: 'Fixture Notes',
        description: 'A tiny content tree for the build tests.',
        language: 'en',
        baseUrl: 'https://notes.example.org/',
      });
    });

    it('holds no html and no headings', () => {
      for (const post of indexAsset(site).posts) {
        expect(Object.keys(post).sort()).toEqual([
          'bundle',
          'date',
          'draft',
          'hash',
          'readingMinutes',
          'slug',
          'summary',
          'tags',
          'title',
          'words',
        ]);
      }
      for (const name of dataAssetNames(site).filter((file) => !file.startsWith('data/bundles/')))
        expect(asset(site, name)).not.toContain('<p>');
    });

    it('holds each post summary with UTC dates and tags', () => {
      expect(indexAsset(site).posts[1]).toEqual({
        slug: 'austin-recap',
        title: 'Austin Recap',
        date: '2017-12-20T09:00:00.000Z',
        tags: ['kubernetes', 'conference'],
        summary: 'Austin was huge: over four thousand people came to talk about Kubernetes.',
        words: 21,
        readingMinutes: 1,
        draft: false,
        hash: site.posts[1]?.hash,
        bundle: expect.stringMatching(/^data\/bundles\//),
      });
    });
  });

  describe('post files', () => {
    it('hold the rendered HTML and headings', () => {
      const post = postAsset(site, 'austin-recap');
      expect(post.html).toBe(
        '<p>Austin was huge: over four thousand people came to talk about Kubernetes.</p>\n' +
          '<h2 id="hallway-track">Hallway track<a class="heading-anchor" href="#hallway-track" aria-label="Link to this section: Hallway track">#</a></h2>\n' +
          '<p>The best conversations happened between the talks.</p>\n',
      );
      expect(post.headings).toEqual([{ id: 'hallway-track', text: 'Hallway track', depth: 2 }]);
    });
  });

  describe('drafts', () => {
    it('leave the draft out of the index', () => {
      expect(site.index.posts.map((post) => post.slug)).not.toContain('unfinished-thoughts');
    });

    it('leave the draft out of every asset name and source', () => {
      for (const { fileName, source } of site.assets) {
        expect(fileName).not.toContain('unfinished-thoughts');
        expect(source).not.toContain('Unfinished Thoughts');
        expect(source).not.toContain('secret plan');
      }
    });

    it('leave the draft tag out of the sitemap', () => {
      expect(asset(site, 'sitemap.xml')).not.toContain('serverless');
    });
  });

  describe('feeds', () => {
    it('emit RSS that parses as XML', () => {
      expect(xml(site, 'feed.xml').documentElement.nodeName).toBe('rss');
    });

    it('emit Atom that parses as XML', () => {
      expect(xml(site, 'atom.xml').documentElement.nodeName).toBe('feed');
    });

    it('list exactly the published posts in RSS, newest first', () => {
      const items = [...xml(site, 'feed.xml').getElementsByTagName('item')];
      expect(items.map((item) => texts(item, 'title')[0])).toEqual(['Service Mesh Notes', 'Austin Recap']);
    });

    it('list exactly the published posts in Atom, newest first', () => {
      const entries = [...xml(site, 'atom.xml').getElementsByTagName('entry')];
      expect(entries.map((entry) => texts(entry, 'title')[0])).toEqual(['Service Mesh Notes', 'Austin Recap']);
    });

    it('carry the full content of each post in RSS, without heading anchors', () => {
      const encoded = [
        ...xml(site, 'feed.xml').getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded'),
      ];
      expect(encoded.map((element) => element.textContent)[1]).toBe(
        '<p>Austin was huge: over four thousand people came to talk about Kubernetes.</p>\n' +
          '<h2 id="hallway-track">Hallway track</h2>\n' +
          '<p>The best conversations happened between the talks.</p>\n',
      );
    });

    it('carry the full content of each post in Atom, with site-absolute links made absolute', () => {
      const content = texts(xml(site, 'atom.xml'), 'content')[0];
      expect(content).toBe(
        '<p>Meshes were everywhere this year.</p>\n' +
          '<p>The hallway track agreed.</p>\n' +
          '<h2 id="what-we-saw">What we saw</h2>\n' +
          '<p>Sidecars, mutual TLS and a lot of YAML. See the <a href="https://notes.example.org/posts/austin-recap">earlier notes</a> and the\n' +
          '<a href="https://www.envoyproxy.io/" rel="noopener noreferrer">Envoy docs</a>.</p>\n' +
          `<p><img src="https://notes.example.org/${builtImage(site, 'mesh')}" width="10" height="10" alt="A diagram of a mesh" loading="eager" decoding="async" fetchpriority="high" /></p>\n`,
      );
    });

    it('link each RSS item to its post page', () => {
      expect(texts(xml(site, 'feed.xml'), 'link')).toEqual([
        'https://notes.example.org/',
        'https://notes.example.org/posts/service-mesh-notes',
        'https://notes.example.org/posts/austin-recap',
      ]);
    });
  });

  describe('sitemap and robots.txt', () => {
    it('the sitemap parses as XML', () => {
      expect(xml(site, 'sitemap.xml').documentElement.nodeName).toBe('urlset');
    });

    it('the sitemap lists home, every published post, the tag index and every tag', () => {
      expect(texts(xml(site, 'sitemap.xml'), 'loc')).toEqual([
        'https://notes.example.org/',
        'https://notes.example.org/posts/service-mesh-notes',
        'https://notes.example.org/posts/austin-recap',
        'https://notes.example.org/tags',
        'https://notes.example.org/tags/conference',
        'https://notes.example.org/tags/kubernetes',
        'https://notes.example.org/tags/service-mesh',
      ]);
    });

    it('the sitemap gives each post the day it was published', () => {
      expect(texts(xml(site, 'sitemap.xml'), 'lastmod')).toEqual(['2018-05-03', '2017-12-20']);
    });

    it('robots.txt allows everything and points at the sitemap', () => {
      expect(asset(site, 'robots.txt')).toBe(
        'User-agent: *\nAllow: /\n\nSitemap: https://notes.example.org/sitemap.xml\n',
      );
    });
  });
});

describe('buildSite with includeDrafts', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await build(VALID, { includeDrafts: true });
  });

  it('puts the draft in the index, marked as a draft', () => {
    expect(site.index.posts.map((post) => [post.slug, post.draft])).toEqual([
      ['unfinished-thoughts', true],
      ['service-mesh-notes', false],
      ['austin-recap', false],
    ]);
  });

  it('emits the draft body file', () => {
    expect(postAsset(site, 'unfinished-thoughts').html).toBe(
      '<p>This draft mentions a secret plan that no reader should see yet.</p>\n',
    );
  });

  it('counts no drafts left out', () => {
    expect(site.stats.draftsLeftOut).toBe(0);
  });

  // Feeds and the sitemap are for readers: build-site.ts passes only published posts to them.
  it('still keeps the draft out of the feeds and the sitemap', () => {
    for (const fileName of ['feed.xml', 'atom.xml', 'sitemap.xml']) {
      expect(asset(site, fileName)).not.toContain('unfinished-thoughts');
    }
  });
});

describe('buildSite hashes', () => {
  it('gives identical asset names and contents for two builds of the same tree', async () => {
    const [first, second] = await Promise.all([build(VALID), build(VALID)]);
    expect(second.assets).toEqual(first.assets);
  });

  describe('after one post changes', () => {
    let dir: string;
    let before: BuiltSite;
    let after: BuiltSite;
    beforeAll(async () => {
      dir = await copyOf(VALID);
      before = await build(dir);
      const file = path.join(dir, 'posts/austin-recap.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('between the talks', 'in the hallways'));
      after = await build(dir);
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('changes that post file name', () => {
      expect(after.posts[1]?.hash).not.toBe(before.posts[1]?.hash);
    });

    it('keeps the other post file name and content', () => {
      expect(after.posts[0]?.hash).toBe(before.posts[0]?.hash);
      expect(postAsset(after, 'service-mesh-notes')).toEqual(postAsset(before, 'service-mesh-notes'));
    });

    it('changes the index version', () => {
      expect(after.indexFile).not.toBe(before.indexFile);
    });

    it('changes only the index, the shard and the bundle holding that post among the data files', () => {
      const beforeNames = dataAssetNames(before);
      const afterNames = dataAssetNames(after);
      const austin = indexAsset(after).posts.find((post) => post.slug === 'austin-recap')!;
      expect(afterNames.filter((name) => !beforeNames.includes(name))).toEqual([
        after.indexFile,
        after.manifest.shards[0],
        austin.bundle,
      ]);
    });
  });
});

describe('buildSite with a siteUrl override', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await build(VALID, { siteUrl: 'https://override.example.com/field-notes' });
  });

  it('uses it, with a trailing slash, as the base URL in the index', () => {
    expect(site.index.site.baseUrl).toBe('https://override.example.com/field-notes/');
  });

  it('changes the RSS links', () => {
    expect(texts(xml(site, 'feed.xml'), 'link')).toEqual([
      'https://override.example.com/field-notes/',
      'https://override.example.com/field-notes/posts/service-mesh-notes',
      'https://override.example.com/field-notes/posts/austin-recap',
    ]);
  });

  it('changes the Atom entry ids and self link', () => {
    const atom = xml(site, 'atom.xml');
    expect(texts(atom, 'id')).toEqual([
      'https://override.example.com/field-notes/',
      'https://override.example.com/field-notes/posts/service-mesh-notes',
      'https://override.example.com/field-notes/posts/austin-recap',
    ]);
    expect([...atom.getElementsByTagName('link')].map((link) => link.getAttribute('href'))).toContain(
      'https://override.example.com/field-notes/atom.xml',
    );
  });

  it('makes links inside feed content absolute against it', () => {
    expect(asset(site, 'feed.xml')).toContain('<a href="https://override.example.com/field-notes/posts/austin-recap">');
  });

  it('changes robots.txt', () => {
    expect(asset(site, 'robots.txt')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://override.example.com/field-notes/sitemap.xml\n',
    );
  });

  it('leaves no trace of the site.yaml base URL in the feeds', () => {
    expect(asset(site, 'feed.xml')).not.toContain('notes.example.org');
    expect(asset(site, 'atom.xml')).not.toContain('notes.example.org');
  });
});

async function copyOf(source: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'field-notes-content-'));
  await cp(source, dir, { recursive: true });
  return dir;
}
