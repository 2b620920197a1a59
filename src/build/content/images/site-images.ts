import path from 'node:path';
import { IMAGE_FOLDER } from '../../../shared/images.ts';
import type { OfflineImages } from './offline-images.ts';
import type { PlacedImages } from './place-images.ts';

/** What the build emits for the posts' images, and what the service worker's precache makes of them. */
export interface SiteImages {
  /** Files to copy into the output folder: their path from its root, and where they are now (the cache). */
  files: { fileName: string; from: string }[];
  /** The copies installed with the site (selectOfflineImages), paths from the site root. */
  precached: string[];
  /** Files of public/ that posts show as processed copies: Vite still copies them, the precache leaves them out. */
  replaced: string[];
  stats: { images: number; encoded: number; precachedBytes: number };
}

/** Collects what the build emits for the images that placeImages processed. */
export function siteImages(placed: PlacedImages, offline: OfflineImages, publicDir: string): SiteImages {
  const files = [...placed.sources.values()].flatMap((image) =>
    image.variants.map((variant) => ({
      fileName: `${IMAGE_FOLDER}/${variant.file}`,
      from: path.join(image.folder, variant.file),
    })),
  );
  const replaced = [...placed.sources.keys()]
    .map((source) => path.relative(publicDir, source))
    .filter((relative) => !relative.startsWith('..') && !path.isAbsolute(relative))
    .map((relative) => relative.split(path.sep).join('/'));
  return {
    files,
    precached: offline.precached,
    replaced,
    stats: { ...placed.stats, precachedBytes: offline.precachedBytes },
  };
}
