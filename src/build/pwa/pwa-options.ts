import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
import type { SiteInfo } from '../../shared/post.ts';
import { precacheEntries } from './precache-pages.ts';
import { writePrecachePack } from './precache-pack.ts';

/** Colours shared by the manifest and the page's theme-color meta. */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#16171a' } as const;

/**
 * How many post pages (the newest) the service worker keeps as prerendered HTML. Every post is
 * in IndexedDB after the first visit, and an offline navigation to any other post gets the Not
 * found page, which the app turns into that post from there; precaching thousands of pages
 * would double what a reader's device stores and make installing the worker take minutes.
 */
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
      // Everything a reader needs offline: every prerendered page but the older posts' (404.html
      // is also the fallback for any other path), every chunk, the index and every post body,
      // icons and fonts. Source
      // maps and feeds stay out; the build fails if a file is too large. boot.js is inlined into
      // every page, and manifest screenshots are only for install sheets, which are online.
      // The search index comes without its fragments (the posts' text, most of its bytes), which
      // the page saves after the posts (src/app/search/offline-index.ts). Of the posts' images
      // (assets/images), the newest posts' are added below, within site.yaml's budget; the
      // service worker saves the rest after the posts (src/sw/image-cache.ts).
      globPatterns: [
        '**/*.{html,js,css,json,svg,png,ico,woff2,webmanifest}',
        'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_filter}',
      ],
      // Post pages are added by the transform below, the newest only.
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
          const kept = sources
            .postSlugs()
            .slice(0, PRECACHED_POST_PAGES)
            .map((slug) => `posts/${slug}.html`);
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

/**
 * The web app manifest. Every URL is under the base path, so a sub-path deploy is its own app;
 * icon and screenshot paths are relative and resolve against the manifest's own URL.
 */
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
    id: basePath,
    start_url: basePath,
    scope: basePath,
    display: 'standalone',
    // A manifest holds one colour; the light theme's. The page's theme-color metas (one per
    // colour scheme, kept right by public/boot.js) take over once it has loaded.
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
