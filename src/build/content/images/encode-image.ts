import sharp from 'sharp';
import { imageFileName } from '../../../shared/images.ts';
import { ENCODERS, fallbackFormatOf, IMAGE_WIDTHS, treatmentOf, widthsFor } from './image-formats.ts';
import { sanitizeSvg } from './sanitize-svg.ts';

/** One file made from a source image. */
export interface ImageVariant {
  /** Its name in IMAGE_FOLDER. */
  file: string;
  /** `avif`, `jpg` or `png` for a resized image; `svg` or `gif` for one copied as it is. */
  format: string;
  /** Its width in pixels; undefined for a copy. */
  width: number | undefined;
  bytes: number;
}

/** What a source image is published as, without the files' contents. */
export interface ImageMeta {
  /** The source's size in pixels, upright; undefined when it could not be read (an SVG with no size). */
  width: number | undefined;
  height: number | undefined;
  /** AVIF first and then the fallback, each by width, narrowest first; one file for a copy. */
  variants: ImageVariant[];
  /** What sanitizing took out of an SVG that its author should know (sanitize-svg.ts); absent for other images. */
  removed?: string[];
}

/** An image made from a source: what it is, and the files' contents, in the order of `meta.variants`. */
export interface EncodedImage {
  meta: ImageMeta;
  contents: Buffer[];
}

/** Whatever changes the files made from a source; part of each cache key and each file's name. */
export const RECIPE = JSON.stringify({ encoders: ENCODERS, sharp: sharp.versions.sharp, widths: IMAGE_WIDTHS });

/**
 * Makes a source's files: AVIF and the fallback at each width, upright, without metadata; GIF as it is, and
 * SVG sanitized. `isSvg` (its name, or bytes that start like markup) has it sanitized before anything reads it.
 */
export async function encodeImage(source: Buffer, name: string, hash: string, isSvg: boolean): Promise<EncodedImage> {
  const sanitized = isSvg ? await sanitizeSvg(source) : undefined;
  const bytes = sanitized?.svg ?? source;
  const info = await sharp(bytes)
    .metadata()
    .catch((error: unknown) => {
      // librsvg cannot size every SVG; the browser draws it all the same.
      if (isSvg) return undefined;
      throw error;
    });
  const width = info?.autoOrient.width;
  const height = info?.autoOrient.height;
  const format = sanitized ? 'svg' : (info?.format ?? 'svg');
  // sharp reads SVG too: one that did not look like one is never published unsanitized.
  if (format === 'svg' && !sanitized) throw new Error('it is an SVG under another name: name it .svg');
  if (treatmentOf(format) === 'copy') {
    const variant = { file: imageFileName(name, hash, format), format, width: undefined, bytes: bytes.length };
    const removed = sanitized ? { removed: sanitized.removed } : {};
    return { meta: { width, height, variants: [variant], ...removed }, contents: [bytes] };
  }
  if (!width || !height) throw new Error('its size could not be read');
  const fallback = fallbackFormatOf(format, info?.hasAlpha ?? false);
  const variants: ImageVariant[] = [];
  const contents: Buffer[] = [];
  for (const output of ['avif', fallback] as const) {
    for (const w of widthsFor(width)) {
      // No withMetadata(): sharp then drops the metadata, so a phone's GPS position stays out.
      const resized = sharp(source, { autoOrient: true }).resize({ width: w });
      const data = await (
        output === 'avif'
          ? resized.avif(ENCODERS.avif)
          : output === 'png'
            ? resized.png(ENCODERS.png)
            : resized.jpeg(ENCODERS.jpg)
      ).toBuffer();
      variants.push({ file: imageFileName(name, hash, output, w), format: output, width: w, bytes: data.length });
      contents.push(data);
    }
  }
  return { meta: { width, height, variants }, contents };
}
