import type { VitePWAOptions } from 'vite-plugin-pwa';
import type { SiteInfo } from '../shared/post.ts';

/** Colours shared by the manifest and the page's theme-color meta. */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#16171a' } as const;

/** vite-plugin-pwa settings: our own service worker (src/sw) with the build's precache list. */
export function pwaOptions(
  site: Pick<SiteInfo, 'title' | 'description' | 'language'>,
  basePath: string,
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
    injectManifest: {
      // Everything a reader needs offline: the shell, every chunk, the index and every post body,
      // icons and fonts. Source maps and feeds stay out; the build fails if a file is too large.
      globPatterns: ['**/*.{html,js,css,json,svg,png,ico,woff2,webmanifest}'],
      globIgnores: ['**/*.map', '404.html'],
    },
    manifest: {
      name: site.title,
      short_name: 'Field Notes',
      description: site.description,
      lang: site.language,
      id: basePath,
      start_url: basePath,
      scope: basePath,
      display: 'standalone',
      theme_color: THEME_COLORS.light,
      background_color: THEME_COLORS.light,
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    devOptions: { enabled: false },
  };
}
