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
  /** The sanitized bytes of each SVG in `replaced`, written over Vite's copy so no address serves the original. */
  sanitizedCopies: { fileName: string; from: string }[];
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
  const inPublic = [...placed.sources]
    .map(([source, image]) => ({ relative: path.relative(publicDir, source), image }))
    .filter(({ relative }) => !relative.startsWith('..') && !path.isAbsolute(relative))
    .map(({ relative, image }) => ({ fileName: relative.split(path.sep).join('/'), image }));
  const sanitizedCopies = inPublic.flatMap(({ fileName, image }) =>
    image.variants
      .filter((variant) => variant.format === 'svg')
      .map((variant) => ({ fileName, from: path.join(image.folder, variant.file) })),
  );
  return {
    files,
    precached: offline.precached,
    replaced: inPublic.map(({ fileName }) => fileName),
    sanitizedCopies,
    stats: { ...placed.stats, precachedBytes: offline.precachedBytes },
  };
}
