/**
 * `npm run bench:images [-- <image>]`: for one picture (the media fixture's stage photo by
 * default), the bytes, encode time and SSIM of each candidate format at 960 and 1600 px, and the
 * media fixture's content build with an empty image cache and with a full one, alternately.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { buildSite } from '../src/build/content/build-site.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MEDIA = path.join(ROOT, 'test/fixtures/media');
const source = process.argv[2] ?? path.join(MEDIA, 'posts/pictures-and-code/stage.jpg');

type Encoder = (image: Sharp) => Sharp;
const CANDIDATES: [string, Encoder][] = [
  ['JPEG q80 mozjpeg', (image) => image.jpeg({ quality: 80, mozjpeg: true })],
  ['WebP q80 e4', (image) => image.webp({ quality: 80, effort: 4 })],
  ['WebP q85 e4', (image) => image.webp({ quality: 85, effort: 4 })],
  ['AVIF q55 e2 (ours)', (image) => image.avif({ quality: 55, effort: 2 })],
  ['AVIF q55 e4', (image) => image.avif({ quality: 55, effort: 4 })],
];

/** Luma of an image, for SSIM. */
async function luma(input: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(input).removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean SSIM over 8×8 blocks of luma: 1 is identical. */
function ssim(a: Awaited<ReturnType<typeof luma>>, b: Awaited<ReturnType<typeof luma>>): number {
  const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];
  let sum = 0;
  let blocks = 0;
  for (let y = 0; y + 8 <= a.height; y += 8) {
    for (let x = 0; x + 8 <= a.width; x += 8) {
      const at = (j: number, i: number) => (y + j) * a.width + x + i;
      let [ma, mb, va, vb, cov] = [0, 0, 0, 0, 0];
      for (let j = 0; j < 8; j++)
        for (let i = 0; i < 8; i++) [ma, mb] = [ma + a.data[at(j, i)]!, mb + b.data[at(j, i)]!];
      [ma, mb] = [ma / 64, mb / 64];
      for (let j = 0; j < 8; j++)
        for (let i = 0; i < 8; i++) {
          const [da, db] = [a.data[at(j, i)]! - ma, b.data[at(j, i)]! - mb];
          [va, vb, cov] = [va + da * da, vb + db * db, cov + da * db];
        }
      [va, vb, cov] = [va / 63, vb / 63, cov / 63];
      sum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      blocks += 1;
    }
  }
  return sum / blocks;
}

async function formats(): Promise<void> {
  // One libvips thread, so encode times compare formats rather than the machine's other load.
  sharp.concurrency(1);
  for (const width of [960, 1600]) {
    const reference = await luma(await sharp(source).resize({ width }).png().toBuffer());
    for (const [name, encode] of CANDIDATES) {
      const times: number[] = [];
      let output = Buffer.alloc(0);
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        output = await encode(sharp(source).resize({ width })).toBuffer();
        times.push(performance.now() - start);
      }
      const median = times.sort((x, y) => x - y)[1]!;
      const quality = ssim(reference, await luma(output));
      console.log(
        `${width} px  ${name.padEnd(20)} ${(output.length / 1024).toFixed(1).padStart(7)} KiB  ${median.toFixed(0).padStart(5)} ms  SSIM ${quality.toFixed(4)}`,
      );
    }
  }
  sharp.concurrency(0);
}

async function cache(): Promise<void> {
  const cacheDir = path.join(tmpdir(), 'field-notes-bench-images');
  const build = async () => {
    const start = performance.now();
    const site = await buildSite({
      contentDir: MEDIA,
      publicDir: path.join(ROOT, 'public'),
      includeDrafts: false,
      displayRoot: ROOT,
      imageCacheDir: cacheDir,
    });
    return `${(performance.now() - start).toFixed(0)} ms (${site.images.stats.encoded} encoded)`;
  };
  await build();
  for (let run = 1; run <= 5; run++) {
    await rm(cacheDir, { recursive: true, force: true });
    const empty = await build();
    console.log(`content build ${run}: empty cache ${empty}, full cache ${await build()}`);
  }
  await rm(cacheDir, { recursive: true, force: true });
}

console.log(`${path.relative(ROOT, source)}, each the median of 3 encodes from the source:`);
await formats();
console.log('test/fixtures/media, the content build alone (buildSite), alternately:');
await cache();
