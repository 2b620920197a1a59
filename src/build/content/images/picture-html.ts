import { IMAGE_FOLDER } from '../../../shared/images.ts';
import type { ImageVariant } from './encode-image.ts';
import { offlineWidthOf, POST_COLUMN_SIZES } from './image-formats.ts';
import type { ProcessedImage } from './process-image.ts';

/** What the post's own `<img>` said, its attribute values as the sanitizer escaped them. */
export interface WrittenImage {
  alt: string;
  title?: string | undefined;
}

/** How one picture is placed. */
export interface PictureOptions {
  /** The post's first picture loads at once, with a high priority; the others when they near the screen. */
  eager: boolean;
  /** The path the site is served under, `/` or `/notes/`. */
  basePath: string;
}

/** Markup for a processed image: a `<picture>` of AVIF and the fallback at every width, or an `<img>` for a copy. */
export function pictureHtml(image: ProcessedImage, written: WrittenImage, options: PictureOptions): string {
  const url = (variant: ImageVariant) => `${options.basePath}${IMAGE_FOLDER}/${variant.file}`;
  // So the page keeps the picture's room before it arrives.
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const title = written.title ? ` title="${written.title}"` : '';
  const loading = options.eager
    ? ' loading="eager" decoding="async" fetchpriority="high"'
    : ' loading="lazy" decoding="async"';
  const [first] = image.variants;
  if (!first || first.width === undefined)
    return `<img src="${first ? url(first) : ''}"${size} alt="${written.alt}"${title}${loading} />`;

  // A lazy picture may be sized by its own box where the browser can ("auto"), else by the column.
  const sizes = options.eager ? POST_COLUMN_SIZES : `auto, ${POST_COLUMN_SIZES}`;
  const srcset = (variants: ImageVariant[]) =>
    variants.map((variant) => `${url(variant)} ${variant.width}w`).join(', ');
  const avif = image.variants.filter((variant) => variant.format === 'avif');
  const fallback = image.variants.filter((variant) => variant.format !== 'avif');
  const offline = offlineWidthOf(fallback.map((variant) => variant.width ?? 0));
  const src = fallback.find((variant) => variant.width === offline) ?? fallback[0]!;
  return (
    `<picture><source type="image/avif" srcset="${srcset(avif)}" sizes="${sizes}" />` +
    `<img src="${url(src)}" srcset="${srcset(fallback)}" sizes="${sizes}"${size} alt="${written.alt}"${title}${loading} /></picture>`
  );
}
