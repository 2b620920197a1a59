import type { Plugin } from 'vite';

/**
 * Emits `404.html` as a copy of `index.html`. GitHub Pages (and hosts like it) answer an unknown
 * path with `404.html`, so a deep link such as `/notes/posts/x` still boots the app, which routes
 * on the client. The service worker never precaches it: it is the same page under another name.
 */
export function spaFallbackPlugin(): Plugin {
  return {
    name: 'field-notes:spa-fallback',
    apply: 'build',
    // After Vite's HTML plugin has written the final index.html, with hashed asset URLs.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}
