import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { indexPath } from '../../shared/data-urls.ts';
import { OFFLINE_IMAGE_LIST } from '../../shared/images.ts';
import { toSummary, type IndexManifest, type Post, type PostIndex } from '../../shared/post.ts';
import { buildPosts } from './build-posts.ts';
import { checkReferences } from './check-references.ts';
import { buildDataFiles } from './data-files.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { FEED_FILES, renderFeeds, renderRobots, renderSitemap } from './feeds.ts';
import { contentHash } from './hash.ts';
import { readImageBudget } from './images/image-budget.ts';
import { selectOfflineImages } from './images/offline-images.ts';
import { placeImages } from './images/place-images.ts';
import { readRemoteImageHosts } from './images/remote-images.ts';
import { siteImages, type SiteImages } from './images/site-images.ts';
import { readPosts, type ParsedFile } from './read-posts.ts';
import { readSiteConfig } from './site-config.ts';

/** What the content build needs to know. */
export interface SiteBuildOptions {
  contentDir: string;
  publicDir: string;
  includeDrafts: boolean;
  siteUrl?: string | undefined;
  /** The path the site is served under, `/` (the default) or `/notes/`. */
  basePath?: string;
  /** Paths in messages are shown relative to this folder (the project root). */
  displayRoot?: string;
  /** Where processed images are kept between builds; `node_modules/.cache/field-notes-images` by default. */
  imageCacheDir?: string;
}

/** A file the build emits, relative to the output folder. */
export interface SiteAsset {
  fileName: string;
  source: string;
}

/** Everything the content build produces, ready to emit. */
export interface BuiltSite {
  /** Every post's summary, for code that runs at build time (the files emit it as shards). */
  index: PostIndex;
  /** What `indexFile` holds: the version, the site and the shard files. */
  manifest: IndexManifest;
  indexFile: string;
  posts: Post[];
  assets: SiteAsset[];
  /** The posts' images: files to copy into the output, and those the precache installs. */
  images: SiteImages;
  /** The other sites posts may show pictures from, which the CSP's img-src allows (site.yaml's remoteImageHosts). */
  remoteImageHosts: string[];
  warnings: ContentProblem[];
  /** Every file read, so dev mode can watch them. */
  files: string[];
  stats: { published: number; draftsLeftOut: number; tags: number; bytes: number };
}

/** Builds `site.yaml` and `posts/*.md` into assets; throws a ContentError listing every problem, emitting nothing. */
export async function buildSite(options: SiteBuildOptions): Promise<BuiltSite> {
  const display = (file: string) =>
    path
      .relative(options.displayRoot ?? process.cwd(), file)
      .split(path.sep)
      .join('/');
  const postsDir = path.join(options.contentDir, 'posts');
  const site = await readSiteConfig(options.contentDir, display(options.contentDir), options.siteUrl, options.basePath);
  const imageBudget = await readImageBudget(options.contentDir, display(options.contentDir));
  const remoteImageHosts = await readRemoteImageHosts(options.contentDir, display(options.contentDir));
  const names = (await readdir(postsDir).catch(() => [])).filter((name) => /\.(md|markdown)$/i.test(name)).sort();
  // Built as they are read: the build's worker threads start on the count of files.
  const reading = readPosts(postsDir, names, { includeDrafts: options.includeDrafts, display });
  const rendered = await buildPosts(reading.batches, { basePath: options.basePath ?? '/' }, { expected: names.length });
  const { parsed, included, problems, warnings } = reading;
  const files = [path.join(options.contentDir, 'site.yaml'), ...reading.files];
  problems.push(...findDuplicateSlugs(parsed));
  const built = included.map(({ post, file }, i) => ({ ...rendered[i]!, file, bodyLine: post.bodyLine }));
  const targets = {
    slugs: new Set(built.map(({ post }) => post.slug)),
    omittedDrafts: new Set(
      parsed.filter(({ post }) => post.draft && !options.includeDrafts).map(({ post }) => post.slug),
    ),
    tags: new Set(built.flatMap(({ post }) => post.tags)),
    emittedFiles: new Set<string>(Object.values(FEED_FILES)),
    publicDir: options.publicDir,
    contentDir: options.contentDir,
    postsDir,
    displayPostsDir: display(postsDir),
    remoteImageHosts,
  };
  for (const { references, file, bodyLine } of built)
    problems.push(...checkReferences(references, targets, { file, bodyLine }));
  for (const { warnings: found, file, bodyLine } of built)
    warnings.push(...found.map(({ line, message }) => ({ file, line: bodyLine + line, message })));
  if (problems.length > 0) throw contentError(problems);
  const placed = await placeImages(built, {
    contentDir: options.contentDir,
    postsDir,
    publicDir: options.publicDir,
    basePath: options.basePath ?? '/',
    cacheDir: options.imageCacheDir ?? path.join(options.displayRoot ?? process.cwd(), IMAGE_CACHE_DIR),
  });
  warnings.push(...placed.warnings);
  if (placed.problems.length > 0) throw contentError(placed.problems);

  const posts = placed.posts.sort(newestFirst);
  const offlineImages = selectOfflineImages(
    posts.map((post) => post.slug),
    placed.imagesOf,
    imageBudget,
  );
  const summaries = posts.map(toSummary);
  const version = contentHash(JSON.stringify({ site, summaries }));
  const index: PostIndex = { version, site, posts: summaries };
  const published = posts.filter((post) => !post.draft);
  const feeds = renderFeeds(site, published, options.basePath ?? '/');
  const data = buildDataFiles(version, site, posts);
  const assets: SiteAsset[] = [
    ...data.files,
    { fileName: FEED_FILES.rss, source: feeds.rss },
    { fileName: FEED_FILES.atom, source: feeds.atom },
    { fileName: FEED_FILES.sitemap, source: renderSitemap(site, published) },
    { fileName: FEED_FILES.robots, source: renderRobots(site) },
    { fileName: OFFLINE_IMAGE_LIST, source: JSON.stringify(offlineImages.list) },
  ];
  return {
    index,
    manifest: data.manifest,
    indexFile: indexPath(version),
    posts,
    assets,
    images: siteImages(placed, offlineImages, options.publicDir),
    remoteImageHosts,
    warnings,
    files,
    stats: {
      published: published.length,
      draftsLeftOut: parsed.length - included.length,
      tags: targets.tags.size,
      bytes: assets.reduce((sum, asset) => sum + Buffer.byteLength(asset.source), 0),
    },
  };
}

/** Where processed images are kept between builds, under the project root. */
const IMAGE_CACHE_DIR = 'node_modules/.cache/field-notes-images';

function contentError(problems: ContentProblem[]): ContentError {
  return new ContentError(problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
}

function newestFirst(a: Post, b: Post): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
}

// File names are slugs, so only `a.md` beside `a.markdown` (or a case twin) can collide.
function findDuplicateSlugs(parsed: ParsedFile[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { post, file } of parsed) {
    const key = post.slug.toLowerCase();
    const first = seen.get(key);
    if (first)
      problems.push({
        file,
        line: 1,
        message: `duplicate slug "${post.slug}": ${first} has the same name; rename one of them`,
      });
    else seen.set(key, file);
  }
  return problems;
}
