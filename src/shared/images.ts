/** Where the build writes post images, relative to the site root; every name carries a content hash. */
export const IMAGE_FOLDER = 'assets/images';

/** The Cache Storage cache the service worker keeps post images in, beside the precache. */
export const IMAGE_CACHE = 'field-notes-images';

/** The list of every post image's offline copy (an OfflineImageList), at the site root. */
export const OFFLINE_IMAGE_LIST = 'offline-images.json';

/** One image's copy for offline reading, in the modern format and in the fallback, relative to the site root. */
export interface OfflineImage {
  modern: string;
  fallback: string;
}

/** What OFFLINE_IMAGE_LIST holds: every image of the published posts, newest posts first. */
export interface OfflineImageList {
  images: OfflineImage[];
}

/** What a built image's file name says: which image (its content hash), at which width, in which format. */
export interface ImageName {
  hash: string;
  width: number | undefined;
  format: string;
}

// The width ends in "w" so that a stem ending in digits (`kubecon-2017`) is never taken for one.
const NAMED = /(?:-(\d+)w)?-([0-9a-f]{10})\.([a-z0-9]+)$/;

/** A built image's file name, `stage-960w-<hash>.avif` (no width if copied as is); `hash` covers source and recipe. */
export function imageFileName(stem: string, hash: string, format: string, width?: number): string {
  return `${stem}-${width === undefined ? '' : `${width}w-`}${hash}.${format}`;
}

/** Reads back what imageFileName wrote, from a file name or a URL's path; undefined for any other name. */
export function parseImageName(path: string): ImageName | undefined {
  const match = NAMED.exec(path.slice(path.lastIndexOf('/') + 1));
  if (!match) return undefined;
  const [, width, hash, format] = match;
  return { hash: hash!, width: width === undefined ? undefined : Number(width), format: format! };
}
