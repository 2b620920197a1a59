import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Where post images are looked for: beside the posts, or in public/. */
export interface ImagePlaces {
  /** The content folder (`content/`): a relative image may name any file inside it, and none outside. */
  contentDir: string;
  /** The folder holding the posts (`content/posts`): `./x/a.jpg` in a post is `content/posts/x/a.jpg`. */
  postsDir: string;
  /** `public/`: `/images/a.png` is `public/images/a.png`. */
  publicDir: string;
}

/** A local image address as a file, with the folder it must stay inside: content/ if relative, public/ if site-absolute. */
export interface LocalImage {
  file: string;
  folder: string;
}

/** The file a local image address names and its folder, wherever it leads; null for another site's or an anchor. */
export function localImageFor(address: string, places: ImagePlaces): LocalImage | null {
  if (address === '' || address.startsWith('#') || address.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(address))
    return null;
  const written = address.split(/[?#]/)[0] ?? '';
  let pathname: string;
  try {
    pathname = decodeURI(written);
  } catch {
    pathname = written;
  }
  return pathname.startsWith('/')
    ? { file: path.join(places.publicDir, pathname), folder: places.publicDir }
    : { file: path.join(places.postsDir, pathname), folder: places.contentDir };
}

/** The file a local image address names, if it stays inside its folder; null for another site's or one that leaves. */
export function imageSourceFor(address: string, places: ImagePlaces): string | null {
  const local = localImageFor(address, places);
  return local && isInside(local.file, local.folder) ? local.file : null;
}

/** Whether a path, as written (`..` resolved, links not followed), is inside a folder. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** Whether an existing file is still inside a folder once symbolic links are followed, the folder's own included. */
export function staysInsideThroughLinks(file: string, folder: string): boolean {
  return isInside(realpathSync(file), realpathSync(folder));
}
