import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './errors.ts';
import { imageSourceFor } from './images/image-source.ts';
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
  /** The posts' folder, where images beside a post are; and its name in messages. */
  postsDir: string;
  displayPostsDir: string;
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

function describeProblem({ kind, href }: Reference, targets: LinkTargets): string | null {
  try {
    if (kind === 'image' && isBesidePost(href)) return describeMissingBeside(href, targets);
    const target = localPath(href);
    return target === null ? null : describeBroken(kind, target, targets);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    return `${kind} "${href}" has a % that starts no escape: write a literal % as %25`;
  }
}

/** An image named relative to its post (`./post/a.jpg`), which is looked for beside the post's file. */
function isBesidePost(href: string): boolean {
  return !href.startsWith('/') && localPath(href) !== null;
}

function describeMissingBeside(href: string, targets: LinkTargets): string | null {
  const source = imageSourceFor(href, targets);
  if (source === null || existsSync(source)) return null;
  const expected = path.posix.join(
    targets.displayPostsDir,
    path.relative(targets.postsDir, source).split(path.sep).join('/'),
  );
  return `image "${href}" does not exist: put the file at ${expected}, beside the post, or fix the path`;
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
