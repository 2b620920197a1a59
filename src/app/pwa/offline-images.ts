// The newest posts' images come with the precache; the service worker saves the rest into a cache
// of their own (src/sw/image-cache.ts).
import { keepOffline } from './keep-offline.ts';

// One pixel of AVIF: the browser that decodes it is given AVIF copies to keep, any other the fallback.
const AVIF_PIXEL =
  'data:image/avif;base64,AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAAA+gABAAAAAAAAAB8AAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABhdjAxAAAAAA5waXRtAAAAAAABAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAEAAAABAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAnbWRhdBIACgc4AAaQENBpMhIZQmMEw88880EgAJBAyRxhQr4=';

function decodesAvif(): Promise<boolean> {
  const image = new Image();
  image.src = AVIF_PIXEL;
  return image.decode().then(
    () => image.naturalWidth > 0,
    () => false,
  );
}

/** Asks the active worker to keep every post image offline in a format this browser decodes (`countOnly`: count). */
export async function keepImagesOffline(countOnly = false): Promise<void> {
  await keepOffline('images', { countOnly, avif: await decodesAvif() });
}
