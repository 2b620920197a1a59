import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
import type { SiteInfo } from '../../shared/post.ts';
import { precacheEntries } from './precache-pages.ts';
import { writePrecachePack } from './precache-pack.ts';

/** Colours shared by the manifest and the page's theme-color meta. */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#16171a' } as const;

/** How many of the newest posts' pages are precached; offline, the Not found page shows any other from IndexedDB. */
export const PRECACHED_POST_PAGES = 100;

/** What the precache list needs from the build, once it has run. */
export interface PrecacheSources {
  /** Slugs of the posts, newest first, once the content is built. */
  postSlugs: () => readonly string[];
  /** The output folder (absolute), where the kept post pages are read from. */
  outDir: () => string;
  /** The posts' images the precache installs, and the files of public/ that posts show processed copies of. */
  images: () => { precached: readonly string[]; replaced: readonly string[] };
}

/** vite-plugin-pwa settings: our own service worker (src/sw) with the build's precache list. */
export function pwaOptions(
  site: Pick<SiteInfo, 'title' | 'description' | 'language'>,
  basePath: string,
  sources: PrecacheSources,
): Partial<VitePWAOptions> {
  return {
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    // The page decides when to take an update (a "Reload" button), never the worker.
    registerType: 'prompt',
    // workbox-window registers it from src/app/pwa, after first paint.
    injectRegister: false,
    base: basePath,
    scope: basePath,
    // The glob below already lists every icon; the plugin's own copy of them would be duplicates.
    includeManifestIcons: false,
    injectManifest: {
      // Everything a reader needs offline. The search index's fragments (the posts' text) are left out:
      // the page saves them after the posts (src/app/search/offline-index.ts).
      globPatterns: [
        '**/*.{html,js,css,json,svg,png,ico,woff2,webmanifest}',
        'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_filter}',
      ],
      // boot.js is inlined into every page, and screenshots are for install sheets, which are online. Post pages
      // and images are added below, the newest only: globbing them would read and hash every one to drop most.
      globIgnores: [
        '**/*.map',
        'boot.js',
        'screenshots/**',
        'posts/*.html',
        'pagefind/wasm.unknown.pagefind',
        'assets/images/**',
      ],
      manifestTransforms: [
        async (entries) => {
          // Not every post: they are all in IndexedDB, and their pages would double what a device stores.
          const kept = sources
            .postSlugs()
            .slice(0, PRECACHED_POST_PAGES)
            .map((slug) => `posts/${slug}.html`);
          // The other images are saved by the service worker after the posts (src/sw/image-cache.ts).
          const { precached, replaced } = sources.images();
          const added = await precacheEntries(sources.outDir(), [...kept, ...precached]);
          const globbed = entries.filter((entry) => !replaced.includes(entry.url));
          return { manifest: [...globbed, ...added.manifest], warnings: added.warnings };
        },
        // Last, so the pack holds the final list.
        async (entries) => {
          await writePrecachePack(sources.outDir(), entries);
          return { manifest: entries, warnings: [] };
        },
      ],
    },
    manifest: webAppManifest(site, basePath),
    devOptions: { enabled: false },
  };
}

/** Screenshots for the install sheet, written by `npm run screenshots` (scripts/screenshots.ts). */
export const MANIFEST_SCREENSHOTS = [
  {
    file: 'screenshots/wide.png',
    width: 1280,
    height: 800,
    form_factor: 'wide',
    label: 'The newest posts, with tags to filter by',
  },
  {
    file: 'screenshots/narrow.png',
    width: 390,
    height: 844,
    form_factor: 'narrow',
    label: 'A post, ready to read offline',
  },
] as const;

/** The web app manifest; its icon and screenshot paths are relative to the manifest's own URL. */
export function webAppManifest(
  site: Pick<SiteInfo, 'title' | 'description' | 'language'>,
  basePath: string,
): Partial<ManifestOptions> {
  return {
    name: site.title,
    short_name: 'Field Notes',
    description: site.description,
    lang: site.language,
    dir: 'ltr',
    // Under the base path, so a sub-path deploy is an app of its own.
    id: basePath,
    start_url: basePath,
    scope: basePath,
    display: 'standalone',
    // A manifest holds one colour, so the light theme's; the page's theme-color metas take over once it loads.
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    categories: ['books', 'education', 'news'],
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
    shortcuts: [
      {
        name: 'Bookmarks',
        short_name: 'Bookmarks',
        description: 'Posts you saved',
        url: `${basePath}bookmarks`,
        icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
      },
      {
        name: 'Tags',
        short_name: 'Tags',
        description: 'Every tag, with its posts',
        url: `${basePath}tags`,
        icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
    screenshots: MANIFEST_SCREENSHOTS.map(({ file, width, height, form_factor, label }) => ({
      src: file,
      sizes: `${width}x${height}`,
      type: 'image/png',
      form_factor,
      label,
    })),
  };
}
