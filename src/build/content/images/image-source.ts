import path from 'node:path';

/** Where post images are looked for: beside the posts, or in public/. */
export interface ImagePlaces {
  /** The folder holding the posts (`content/posts`): `./x/a.jpg` in a post is `content/posts/x/a.jpg`. */
  postsDir: string;
  /** `public/`: `/images/a.png` is `public/images/a.png`. */
  publicDir: string;
}

/** The file a local image address names: beside the post, or in public/ if site-absolute; null for another site's. */
export function imageSourceFor(address: string, places: ImagePlaces): string | null {
  if (address === '' || address.startsWith('#') || address.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(address))
    return null;
  const written = address.split(/[?#]/)[0] ?? '';
  let pathname: string;
  try {
    pathname = decodeURI(written);
  } catch {
    pathname = written;
  }
  return pathname.startsWith('/') ? path.join(places.publicDir, pathname) : path.join(places.postsDir, pathname);
}
