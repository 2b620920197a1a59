import path from 'node:path';
import type { Post } from '../../../shared/post.ts';
import { mapLimited } from '../../../shared/map-limited.ts';
import type { ContentProblem } from '../errors.ts';
import { contentHash } from '../hash.ts';
import type { Reference } from '../render.ts';
import { sanitizePostHtml } from '../sanitize.ts';
import { imageSourceFor, type ImagePlaces } from './image-source.ts';
import { pictureHtml } from './picture-html.ts';
import { processImage, type ImageStats, type ProcessedImage } from './process-image.ts';

/** A rendered post, with what the image step needs to know about where it came from. */
export interface PostWithImages {
  post: Post;
  references: Reference[];
  /** The post's file as messages show it. */
  file: string;
  /** The file's line where the markdown body starts. */
  bodyLine: number;
}

/** What the build needs to place the images. */
export interface PlaceOptions extends ImagePlaces {
  basePath: string;
  /** Where processed images are kept between builds. */
  cacheDir: string;
}

/** The posts with their pictures in place, and what the build emits for them. */
export interface PlacedImages {
  /** The posts, in the order given, their HTML (and so their hash) changed where they show images. */
  posts: Post[];
  /** The processed images each post shows, in the order it shows them. */
  imagesOf: Map<string, ProcessedImage[]>;
  /** Every processed image's source file, by its path. */
  sources: Map<string, ProcessedImage>;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  stats: ImageStats;
}

/** Puts each local markdown image's processed picture in its place; run after checkReferences, so every file exists. */
export async function placeImages(built: readonly PostWithImages[], options: PlaceOptions): Promise<PlacedImages> {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const firstUse = new Map<string, { file: string; line: number; href: string }>();
  for (const { references, file, bodyLine } of built) {
    for (const reference of references) {
      if (reference.kind !== 'image' || reference.inHtml) continue;
      const source = imageSourceFor(reference.href, options);
      if (source === null) continue;
      const line = bodyLine + reference.line;
      if (!firstUse.has(source)) firstUse.set(source, { file, line, href: reference.href });
      if ((reference.alt ?? '').trim() === '')
        warnings.push({
          file,
          line,
          message: `image "${reference.href}" has no alt text: say what it shows, for readers who cannot see it`,
        });
    }
  }

  let encoded = 0;
  // sharp spreads each image over the machine's cores by itself; two at a time keep them busy.
  const processed = await mapLimited([...firstUse], 2, async ([source, where]) => {
    try {
      const result = await processImage(source, options.cacheDir);
      if (result.encoded) encoded += 1;
      return [source, result.image] as const;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ ...where, message: `image "${where.href}" could not be processed: ${reason}` });
      return undefined;
    }
  });
  // In the order the posts show them, however the processing finished.
  const sources = new Map(processed.filter((entry) => entry !== undefined));
  for (const [source, image] of sources) {
    if (!image.removed?.length) continue;
    const where = firstUse.get(source)!;
    warnings.push({
      file: where.file,
      line: where.line,
      message: `image "${where.href}" is published without what an SVG on this site may not hold: ${image.removed.join(', ')}; remove them from the file to silence this warning`,
    });
  }

  const imagesOf = new Map<string, ProcessedImage[]>();
  const posts = built.map(({ post }) => {
    const shown: ProcessedImage[] = [];
    let index = 0;
    const html = post.html.replace(/<img\s[^>]*>/g, (tag) => {
      const eager = index++ === 0;
      const attributes = attributesOf(tag);
      const source = imageSourceFor(siteRelative(unescape(attributes.src ?? ''), options.basePath), options);
      const image = source === null ? undefined : sources.get(source);
      // An `<img>` written as HTML, or one on another site, stays as written.
      if (!image) return tag;
      shown.push(image);
      const written = { alt: attributes.alt ?? '', title: attributes.title };
      // Through the sanitizer once more, so the post holds only markup it allows.
      return sanitizePostHtml(pictureHtml(image, written, { eager, basePath: options.basePath }));
    });
    imagesOf.set(post.slug, shown);
    return html === post.html ? post : withHtml(post, html);
  });
  return { posts, imagesOf, sources, problems, warnings, stats: { images: sources.size, encoded } };
}

/** The post with other HTML, and the hash that goes with it, computed as buildPost computes it. */
function withHtml(post: Post, html: string): Post {
  const { hash: _hash, ...fields } = post;
  const changed = { ...fields, html };
  return { ...changed, hash: contentHash(JSON.stringify(changed)) };
}

// The sanitizer writes every attribute double-quoted, with `"` inside escaped.
function attributesOf(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/\s([a-z-]+)="([^"]*)"/gi)].map(([, name, value]) => [name!, value!]));
}

function unescape(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The address as the author wrote it: render.ts put the base path before the site-absolute ones. */
function siteRelative(src: string, basePath: string): string {
  return basePath !== '/' && src.startsWith(basePath) ? path.posix.join('/', src.slice(basePath.length)) : src;
}
