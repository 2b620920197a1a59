import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeImage, RECIPE, type ImageMeta } from './encode-image.ts';
import { SVG_SANITIZER } from './sanitize-svg.ts';

/** A source image as published: its size, its files, and the folder (in the cache) that holds them. */
export interface ProcessedImage extends ImageMeta {
  folder: string;
}

/** How many source images a build processed, and how many of those came out of the cache. */
export interface ImageStats {
  images: number;
  encoded: number;
}

const META = 'meta.json';

/** Publishes a source image from the cache in `cacheRoot` if the same bytes and settings were seen, else encodes it. */
export async function processImage(
  source: string,
  cacheRoot: string,
): Promise<{ image: ProcessedImage; encoded: boolean }> {
  const bytes = await readFile(source);
  const name = stemOf(source);
  const isSvg = looksLikeSvg(source, bytes);
  const recipe = isSvg ? `${RECIPE} ${SVG_SANITIZER}` : RECIPE;
  const hash = createHash('sha256').update(recipe).update(name).update(bytes).digest('hex').slice(0, 10);
  const folder = path.join(cacheRoot, `${name}-${hash}`);
  const cached = await readFile(path.join(folder, META), 'utf8').catch(() => undefined);
  if (cached !== undefined) return { image: { ...(JSON.parse(cached) as ImageMeta), folder }, encoded: false };

  const { meta, contents } = await encodeImage(bytes, name, hash, isSvg);
  // Written whole under another name and then renamed, so a stopped build, or two at once, leave no partial entry.
  const partial = `${folder}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await mkdir(partial, { recursive: true });
  await Promise.all(meta.variants.map((variant, i) => writeFile(path.join(partial, variant.file), contents[i]!)));
  await writeFile(path.join(partial, META), JSON.stringify(meta));
  // Another build may have cached the same image meanwhile: its copy is as good as this one.
  await rename(partial, folder).catch(() => rm(partial, { recursive: true, force: true }));
  return { image: { ...meta, folder }, encoded: true };
}

/** An SVG by its name, or markup by its first bytes: no raster format starts with `<`. */
function looksLikeSvg(source: string, bytes: Buffer): boolean {
  return /\.svg$/i.test(source) || /^(?:\uFEFF)?\s*</.test(bytes.subarray(0, 64).toString('utf8'));
}

/** The start of the published file names: the source's own name, in lowercase letters, digits and hyphens. */
function stemOf(source: string): string {
  const base = path.basename(source, path.extname(source));
  const stem = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem.slice(0, 60) || 'image';
}
