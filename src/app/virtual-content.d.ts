/** Emitted by src/build/content/content-plugin.ts: where this build's post index lives. */
declare module 'virtual:field-notes/content' {
  import type { SiteInfo } from '../shared/post.ts';
  /** Path of the content-hashed index, relative to the site's base path. */
  export const indexUrl: string;
  /** The version of the content this build carries (the index's `version`). */
  export const contentVersion: string;
  export const site: SiteInfo;
}
