import { IMAGE_FOLDER, type OfflineImage, type OfflineImageList } from '../../../shared/images.ts';
import { offlineWidthOf } from './image-formats.ts';
import type { ProcessedImage } from './process-image.ts';
import { MAX_PRECACHED_BYTES } from '../../pwa/precache-pages.ts';

/** Which copies of the posts' images are kept offline, and which of them are installed with the site. */
export interface OfflineImages {
  list: OfflineImageList;
  /** AVIF copies (paths from the site root) the service worker installs with the site. */
  precached: string[];
  precachedBytes: number;
}

/** Each image of `slugs` (newest first) once, at the offline width; the newest precached while they fit `budget`. */
export function selectOfflineImages(
  slugs: readonly string[],
  imagesOf: ReadonlyMap<string, readonly ProcessedImage[]>,
  budget: number,
): OfflineImages {
  const images: OfflineImage[] = [];
  const precached: string[] = [];
  const seen = new Set<string>();
  let precachedBytes = 0;
  for (const image of slugs.flatMap((slug) => imagesOf.get(slug) ?? [])) {
    const { modern, fallback, bytes } = offlineCopyOf(image);
    if (seen.has(modern)) continue;
    seen.add(modern);
    images.push({ modern, fallback });
    // A copy over Workbox's limit, or past the budget, is saved in the background instead.
    if (bytes <= MAX_PRECACHED_BYTES && precachedBytes + bytes <= budget) {
      precached.push(modern);
      precachedBytes += bytes;
    }
  }
  return { list: { images }, precached, precachedBytes };
}

/** The copy of one image kept offline: AVIF and the fallback at the offline width, or the copy itself. */
function offlineCopyOf(image: ProcessedImage): OfflineImage & { bytes: number } {
  const at = (file: string) => `${IMAGE_FOLDER}/${file}`;
  const [first] = image.variants;
  if (!first) throw new Error('an image with no files');
  if (first.width === undefined) return { modern: at(first.file), fallback: at(first.file), bytes: first.bytes };
  const width = offlineWidthOf(image.variants.filter((v) => v.format === 'avif').map((v) => v.width ?? 0));
  const modern = image.variants.find((v) => v.format === 'avif' && v.width === width)!;
  const fallback = image.variants.find((v) => v.format !== 'avif' && v.width === width)!;
  return { modern: at(modern.file), fallback: at(fallback.file), bytes: modern.bytes };
}
