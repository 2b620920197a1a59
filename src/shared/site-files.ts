/** The page asks the service worker how many of the site's own files it holds (`fill`: and to fetch the rest). */
export interface KeepSiteFilesMessage {
  type: 'KEEP_SITE_FILES';
  fill: boolean;
}

/** The service worker's answer: how many of its precached files are in its cache, of how many. */
export interface SiteFilesProgressMessage {
  type: 'SITE_FILES_PROGRESS';
  saved: number;
  total: number;
}
