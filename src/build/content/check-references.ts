import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './errors.ts';
import { isInside, localImageFor, staysInsideThroughLinks, type LocalImage } from './images/image-source.ts';
import { describeRemoteImage } from './images/remote-images.ts';
import type { Reference } from './render.ts';

/** What a local link may point at: in-app routes and files that will exist in the build. */
export interface LinkTargets {
  slugs: Set<string>;
  /** Slugs of drafts left out of this build: a link to one would be broken for readers. */
  omittedDrafts: Set<string>;
  tags: Set<string>;
  /** Files the build emits itself (feeds, sitemap). */
  emittedFiles: Set<string>;
  publicDir: string;
  /** The content folder: a relative image may name a file anywhere in it, and nowhere else. */
  contentDir: string;
  /** The posts' folder, where images beside a post are; and its name in messages. */
  postsDir: string;
  displayPostsDir: string;
  /** The other sites pictures may come from (site.yaml's remoteImageHosts). */
  remoteImageHosts: readonly string[];
}

/** Reports each local link or image in a post that would be broken on the built site. */
export function checkReferences(
  references: Reference[],
  targets: LinkTargets,
  where: { file: string; bodyLine: number },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const reference of references) {
    const problem = describeProblem(reference, targets);
    if (problem) problems.push({ file: where.file, line: where.bodyLine + reference.line, message: problem });
  }
  return problems;
}

function describeProblem({ kind, href, inHtml }: Reference, targets: LinkTargets): string | null {
  try {
    const target = localPath(href);
    if (target === null) return kind === 'image' ? describeRemoteImage(href, targets.remoteImageHosts) : null;
    // The build leaves an <img> written as HTML as it is, and reads nothing for it.
    if (inHtml) return null;
    const image = kind === 'image' ? localImageFor(href, targets) : null;
    if (image) return describeImage(href, target, image, targets);
    // A browser stops `..` at the root, but the author meant a place that is not there.
    if (climbsAboveRoot(href)) return `link "${href}" climbs above the site's root: fix the path`;
    return describeBroken(kind, target, targets);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    return `${kind} "${href}" has a % that starts no escape: write a literal % as %25`;
  }
}

/** An image the build would read: it must stay inside its folder, exist, and not be a link to a file elsewhere. */
function describeImage(href: string, target: string, image: LocalImage, targets: LinkTargets): string | null {
  const besidePost = image.folder !== targets.publicDir;
  const folder = besidePost ? `${path.posix.dirname(targets.displayPostsDir)}/` : 'public/';
  const only = `the build reads pictures only from ${path.posix.dirname(targets.displayPostsDir)}/ and public/`;
  // Checked before the file is looked at, so a path that leaves the project is never opened.
  if (!isInside(image.file, image.folder)) return `image "${href}" leads outside ${folder}: ${only}`;
  const missing = besidePost ? describeMissingBeside(href, image.file, targets) : describeBroken('image', target, targets);
  if (missing !== null) return missing;
  if (!staysInsideThroughLinks(image.file, image.folder))
    return `image "${href}" is a link to a file outside ${folder}: ${only}; copy the picture itself there`;
  return null;
}

function describeMissingBeside(href: string, source: string, targets: LinkTargets): string | null {
  if (existsSync(source)) return null;
  const expected = path.posix.join(
    targets.displayPostsDir,
    path.relative(targets.postsDir, source).split(path.sep).join('/'),
  );
  return `image "${href}" does not exist: put the file at ${expected}, beside the post, or fix the path`;
}

/** Whether a local link has more `..` than folders above it: relative ones start in /posts/, where the post is. */
function climbsAboveRoot(href: string): boolean {
  const pathname = decodeURI(href.split(/[?#]/)[0] ?? '');
  let depth = pathname.startsWith('/') ? 0 : 1;
  for (const segment of pathname.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment !== '' && segment !== '.') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

/** The site-absolute path of a local reference, or null for external links and anchors; throws URIError on a stray %. */
function localPath(href: string): string | null {
  if (href === '' || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  const pathname = decodeURI(href.split(/[?#]/)[0] ?? '');
  // Relative links in a post resolve against its own URL, /posts/<slug>.
  return pathname.startsWith('/') ? pathname : path.posix.join('/posts/', pathname);
}

function describeBroken(kind: Reference['kind'], target: string, targets: LinkTargets): string | null {
  const route = /^\/(?:(posts|tags)\/([^/]+)\/?|tags\/?|bookmarks\/?)?$/.exec(target);
  if (kind === 'link' && route) {
    const [, section, name] = route;
    if (section === 'posts' && name && !targets.slugs.has(name)) {
      return targets.omittedDrafts.has(name)
        ? `link to "${target}" points at a draft that this build leaves out: publish it or remove the link`
        : `link to "${target}" points at no post: check the slug (post slugs are file names in content/posts/)`;
    }
    if (section === 'tags' && name && !targets.tags.has(name)) return `link to "${target}" points at a tag no post has`;
    return null;
  }
  const file = target.replace(/^\/+/, '');
  if (targets.emittedFiles.has(file) || existsSync(path.join(targets.publicDir, file))) return null;
  const what = kind === 'image' ? 'image' : 'link';
  return `${what} "${target}" does not exist: put the file in public/${file} or fix the path`;
}
