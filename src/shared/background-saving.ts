/**
 * The page asks the active service worker to stop saving files in the background (the search
 * index, images, the site's own files) when the reader takes an update: a worker still busy
 * holds back the new one's activation, and with it the reload.
 */
export const STOP_BACKGROUND_SAVING = 'STOP_BACKGROUND_SAVING';
