import type { AvifOptions, JpegOptions, PngOptions } from 'sharp';

/** The widths a picture is made at, never more than the source's own. */
export const IMAGE_WIDTHS: readonly number[] = [480, 960, 1600];

/** The width kept offline, what phones and desktops pick from the srcset; offline, other widths fall back to it. */
export const OFFLINE_WIDTH = 960;

/** The post column for `sizes`: prose.css's 68ch measure (about 38rem), else the viewport less main's padding. */
export const POST_COLUMN_SIZES = '(min-width: 41rem) 38rem, calc(100vw - 3rem)';

/** Encoder settings, chosen in bench/README.md, "Post images"; JPEG and PNG are for browsers without AVIF. */
export const ENCODERS = {
  avif: { quality: 55, effort: 2 } satisfies AvifOptions,
  jpg: { quality: 80, mozjpeg: true } satisfies JpegOptions,
  png: { compressionLevel: 9 } satisfies PngOptions,
} as const;

/** How a source is published: resized into several widths, or copied as it is. */
export type ImageTreatment = 'resize' | 'copy';

/** SVG scales by itself and GIF may move: both are published as they are; any other image is resized. */
export function treatmentOf(format: string | undefined): ImageTreatment {
  return format === 'svg' || format === 'gif' ? 'copy' : 'resize';
}

/** The widths made for a source `sourceWidth` pixels wide: those below it, and then the source's own width, capped. */
export function widthsFor(sourceWidth: number): number[] {
  const below = IMAGE_WIDTHS.filter((width) => width < sourceWidth);
  const widest = Math.min(sourceWidth, Math.max(...IMAGE_WIDTHS));
  return below.includes(widest) ? below : [...below, widest];
}

/** The width kept offline among `widths` (ascending): the first at least OFFLINE_WIDTH, else the widest. */
export function offlineWidthOf(widths: readonly number[]): number {
  return widths.find((width) => width >= OFFLINE_WIDTH) ?? widths[widths.length - 1]!;
}

/** The fallback format for browsers without AVIF: PNG keeps transparency and sharp edges, JPEG the rest. */
export function fallbackFormatOf(format: string | undefined, hasAlpha: boolean): 'png' | 'jpg' {
  return format === 'png' || hasAlpha ? 'png' : 'jpg';
}
