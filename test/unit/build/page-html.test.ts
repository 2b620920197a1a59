import { describe, expect, it } from 'vitest';
import { pageTemplate } from '../../../src/build/prerender/page-html.ts';

// The shape of Vite's built index.html: the entry, its static imports preloaded, the stylesheet.
const VITE_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Site</title>
    <script src="/boot.js"></script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/seeds-def.js">
    <link rel="modulepreload" crossorigin href="/assets/site-url-ghi.js">
    <link rel="stylesheet" crossorigin href="/assets/index-jkl.css">
  </head>
  <body>
    <div id="app"></div>
    <noscript>JavaScript is off</noscript>
  </body>
</html>`;

describe('pageTemplate', () => {
  const template = pageTemplate(VITE_INDEX, { bootScript: '/* boot */', css: 'body{}', serviceWorker: '/sw.js' });

  it('requests nothing of the app before the page has loaded: no entry script, no preload in the head', () => {
    expect(template).not.toContain('<script type="module"');
    expect(template).not.toContain('rel="modulepreload"');
    expect(template).toContain('<script>/* boot */</script>');
    expect(template).toContain('<style>body{}</style>');
  });

  it('names the entry and its imports for the boot script, which fetches them side by side after load', () => {
    expect(template).toContain(
      '<meta name="field-notes:app" content="/assets/index-abc.js" data-preload="/assets/seeds-def.js /assets/site-url-ghi.js" data-worker="/sw.js" />',
    );
  });
});
