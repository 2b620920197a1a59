// A photo-like JPEG made from a seed, so a corpus of a thousand pictures is the same on every run
// and every machine, and each one gives the encoder real work: broad shapes, texture and grain.
import sharp from 'sharp';
import { mulberry32, pick, randomInt, type Random } from '../../scripts/corpus/random.ts';

/** Widths a generated photo is drawn from, in pixels: wider than the build's largest copy. */
export const PHOTO_WIDTHS = { min: 1600, max: 2400 } as const;

const ASPECTS = [3 / 2, 4 / 3, 16 / 9, 16 / 10];
// How far grain moves each channel, either way: a phone photo's noise at base ISO is about this.
const GRAIN = 8;

/** A JPEG (quality 88) of 1600 to 2400 px wide, different for every seed and the same for one seed. */
export async function syntheticPhoto(seed: number): Promise<Buffer> {
  const random = mulberry32(seed);
  const width = randomInt(random, PHOTO_WIDTHS.min, PHOTO_WIDTHS.max);
  const height = Math.round(width / pick(random, ASPECTS));
  // A few large patches of colour for the scene, and many small ones at a quarter of the weight for texture.
  const scene = await enlarged(random, 12, 8, width, height);
  const texture = await enlarged(random, 160, 100, width, height);
  const pixels = Buffer.alloc(scene.length);
  for (let i = 0; i < pixels.length; i += 1) {
    const grain = (random() - 0.5) * 2 * GRAIN;
    pixels[i] = Math.max(0, Math.min(255, Math.round(0.75 * scene[i]! + 0.25 * texture[i]! + grain)));
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88 })
    .toBuffer();
}

/** Random colours on a `columns` × `rows` grid, enlarged smoothly (bicubic) to the photo's size. */
function enlarged(random: Random, columns: number, rows: number, width: number, height: number): Promise<Buffer> {
  const grid = Buffer.alloc(columns * rows * 3);
  for (let i = 0; i < grid.length; i += 1) grid[i] = Math.floor(random() * 256);
  return sharp(grid, { raw: { width: columns, height: rows, channels: 3 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
}
