import type { HeadTag } from '../../shared/head-tag.ts';
import { escapeHtml, escapeText } from '../content/escape.ts';

/** What one prerendered page puts into the built index.html. */
export interface PageParts {
  /** The path the page was rendered at, base path included; the client hydrates only there. */
  path: string;
  /** The app's markup for `#app`. */
  html: string;
  title: string;
  description: string;
  /** Its canonical link and link-preview meta, written after the description. */
  tags: HeadTag[];
  /** The values the page was rendered with (see src/app/prerender/seeds.ts). */
  seeds: Record<string, unknown>;
  /** The page's styles, inlined (page-styles.ts). */
  css: string;
  /** The modules its app needs besides the entry, which public/boot.js preloads (page-modules.ts). */
  preload: string[];
}

/** What every page shares: the boot script, inlined, and the Content-Security-Policy a `<meta>` can hold. */
export interface SharedParts {
  bootScript: string;
  policy?: string;
}

/** Where each page's own styles go in the template. */
const STYLE_SLOT = '<style data-page-styles></style>';
const STYLE_SLOT_PATTERN = new RegExp(STYLE_SLOT);
/** Where each page's list of modules to preload goes, in the app's meta. */
const PRELOAD_SLOT = /data-preload=""/;

/** Turns Vite's index.html into the template every page shares, which requests nothing before the first paint. */
export function pageTemplate(indexHtml: string, shared: SharedParts): string {
  let html = indexHtml;
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry?.[1]) throw new Error('prerender: index.html has no module entry script');
  // public/boot.js imports the entry after the first paint, with the modules each page lists in `data-preload`.
  html = html.replace(entry[0], `<meta name="field-notes:app" content="${entry[1]}" data-preload="" />\n    `);
  // Lighthouse counts any request made before the largest paint into it (bench/README.md), and only
  // installing needs the manifest: public/boot.js adds the link after the first paint.
  const manifest = /<link rel="manifest" href="([^"]+)"\s*\/?>/.exec(html);
  if (!manifest?.[1]) throw new Error('prerender: index.html has no web app manifest link');
  html = html.replace(manifest[0], `<meta name="field-notes:manifest" content="${manifest[1]}" />`);
  html = replaceOnce(html, /<script src="[^"]*boot\.js"><\/script>/, `<script>${shared.bootScript}</script>`);
  // First in <head>: a policy given in a <meta> covers only what comes after it.
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html)?.[0];
  if (shared.policy !== undefined) {
    if (!charset) throw new Error('prerender: index.html has no <meta charset>');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(shared.policy)}" />`;
    html = html.replace(charset, () => `${charset}\n    ${meta}`);
  }
  html = replaceOnce(html, /<link rel="stylesheet" crossorigin href="[^"]+\.css">/, STYLE_SLOT);
  // Preloads would fetch the app's modules during the first paint, which is what this avoids.
  html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  return html.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
}

/** One prerendered page from the shared template: its head, its styles, its markup and its seeds. */
export function pageHtml(template: string, page: PageParts): string {
  let html = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`);
  html = replaceOnce(html, STYLE_SLOT_PATTERN, `<style>${page.css}</style>`);
  html = replaceOnce(html, PRELOAD_SLOT, `data-preload="${escapeHtml(page.preload.join(' '))}"`);
  html = replaceOnce(
    html,
    /<meta name="description" content="[^"]*" \/>/,
    [`<meta name="description" content="${escapeHtml(page.description)}" />`, ...page.tags.map(headTagHtml)].join(
      '\n    ',
    ),
  );
  return replaceOnce(
    html,
    /<div id="app"><\/div>/,
    `<div id="app" data-prerendered="${escapeHtml(page.path)}">${page.html}</div>\n` +
      `    <script type="application/json" id="page-seeds">${embeddedJson(page.seeds)}</script>`,
  );
}

function headTagHtml(tag: HeadTag): string {
  const attributes = Object.entries(tag).map(([name, value]) => `${name}="${escapeHtml(value)}"`);
  return `<${'rel' in tag ? 'link' : 'meta'} ${attributes.join(' ')} />`;
}

/** JSON that cannot end its `<script>` element early, whatever the posts contain. */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`prerender: index.html has no match for ${String(pattern)}`);
  // A function, so `$` in the replacement (CSS, scripts) is never read as a pattern reference.
  return html.replace(pattern, () => replacement);
}
