/** Injected by vite-plugin-pwa (injectManifest): the precache list of this build. */
declare interface ServiceWorkerGlobalScope {
  __WB_MANIFEST: Array<import('workbox-precaching').PrecacheEntry | string>;
}
