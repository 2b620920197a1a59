/**
 * What the service worker saves in the background, beside the precache install and the posts:
 * the site's own files again (a browser may evict single entries), the search index's post texts,
 * and the posts' images.
 */
export const OFFLINE_PARTS = ['site-files', 'search-index', 'images'] as const;

/** One of OFFLINE_PARTS. */
export type OfflinePart = (typeof OFFLINE_PARTS)[number];

/** The page asks the active service worker to save what is missing of a part (`countOnly`: only to say how much is saved). */
export interface KeepOfflineMessage {
  type: 'KEEP_OFFLINE';
  part: OfflinePart;
  countOnly: boolean;
  /** For images: whether this browser decodes AVIF; if not, the fallback copies are kept. */
  avif?: boolean;
}

/** How much of a part is saved on this device, in files. */
export interface OfflineProgress {
  saved: number;
  total: number;
  /** For the search index: how many posts it holds, so offline search can say what it covers. */
  posts?: number;
}

/** The service worker's answers, as it saves. */
export interface KeepProgressMessage extends OfflineProgress {
  type: 'KEEP_PROGRESS';
  part: OfflinePart;
}

/**
 * The page asks the active service worker to stop saving files in the background (the search
 * index, images, the site's own files) when the reader takes an update: a worker still busy
 * holds back the new one's activation, and with it the reload.
 */
export const STOP_BACKGROUND_SAVING = 'STOP_BACKGROUND_SAVING';
