// Gives every post of a generated corpus (scripts/corpus) one picture of its own, beside it, as
// an author would: `posts/<slug>/photo.jpg`, shown after the post's first paragraph.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { syntheticPhoto } from './synthetic-photo.ts';

/** What addPictures wrote. */
export interface AddedPictures {
  pictures: number;
  bytes: number;
}

/**
 * Writes a different photo (syntheticPhoto, seeded from `seed` and the post's place) beside each
 * post of `corpusDir` and shows it in the post. Two at a time: sharp uses every core for each.
 */
export async function addPictures(corpusDir: string, seed: number): Promise<AddedPictures> {
  const postsDir = path.join(corpusDir, 'posts');
  const files = (await readdir(postsDir)).filter((name) => name.endsWith('.md')).sort();
  let bytes = 0;
  const addOne = async (file: string, place: number) => {
    const slug = file.slice(0, -'.md'.length);
    const photo = await syntheticPhoto(seed * 100_003 + place);
    await mkdir(path.join(postsDir, slug), { recursive: true });
    await writeFile(path.join(postsDir, slug, 'photo.jpg'), photo);
    const markdown = await readFile(path.join(postsDir, file), 'utf8');
    await writeFile(path.join(postsDir, file), withPicture(markdown, `./${slug}/photo.jpg`, place));
    bytes += photo.length;
  };
  for (let i = 0; i < files.length; i += 2)
    await Promise.all(files.slice(i, i + 2).map((file, j) => addOne(file, i + j)));
  return { pictures: files.length, bytes };
}

/** The post's markdown with the picture alone in a paragraph after the first one of its body. */
export function withPicture(markdown: string, href: string, place: number): string {
  const fence = '\n---\n';
  const body = markdown.indexOf(fence) + fence.length;
  const firstParagraph = body + markdown.slice(body).search(/\S/);
  const end = markdown.indexOf('\n\n', firstParagraph);
  const at = end < 0 ? markdown.length : end;
  return `${markdown.slice(0, at)}\n\n![A generated photo, number ${place + 1}](${href})${markdown.slice(at)}`;
}
