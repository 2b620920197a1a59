/** What the service worker saves in the background; the site files again, as a browser may evict single entries. */
export const OFFLINE_PARTS = ['site-files', 'search-index', 'images'] as const;

/** One of OFFLINE_PARTS. */
export type OfflinePart = (typeof OFFLINE_PARTS)[number];

/** The page's request that the active worker save what a part lacks (`countOnly`: only say how much is saved). */
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
  /** True once the pass that counted is over: whatever is still missing stays missing until the next one. */
  settled: boolean;
  /** True when a network failure (offline, most often) ended the pass before it had tried every file. */
  interrupted: boolean;
  /** For the search index: how many posts it holds, so offline search can say what it covers. */
  posts?: number;
}

/** The service worker's answers, as it saves. */
export interface KeepProgressMessage extends OfflineProgress {
  type: 'KEEP_PROGRESS';
  part: OfflinePart;
}

/** The reader takes the update: the active worker stops saving and hands over to the waiting one (sw/update-handover.ts). */
export const STOP_BACKGROUND_SAVING = 'STOP_BACKGROUND_SAVING';
