import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DOMPurify as Purifier, RemovedAttribute, RemovedElement, UponSanitizeAttributeHookEvent } from 'dompurify';

// The build has no DOM types, and jsdom ships none: describe the little used here.
interface SvgNode {
  localName: string;
  nodeName: string;
  namespaceURI: string | null;
  textContent: string | null;
  remove(): void;
  getElementsByTagNameNS(namespace: string, name: string): Iterable<SvgNode>;
}
interface SvgWindow {
  DOMParser: new () => { parseFromString(text: string, type: 'image/svg+xml'): { documentElement: SvgNode } };
  XMLSerializer: new () => { serializeToString(node: SvgNode): string };
}
interface JsdomModule {
  JSDOM: new (html: string) => { window: SvgWindow };
}

/** An SVG with nothing left that could run or load from elsewhere, and what was taken out that its author should know. */
export interface SanitizedSvg {
  svg: Buffer;
  /** What could run or fetch, or showed in the picture (`<script>`, `onload`, `href="https://…"`), each once. */
  removed: string[];
}

/** Thrown for a file that is not a well-formed SVG: browsers would show nothing for it either. */
export class SvgError extends Error {}

const require = createRequire(import.meta.url);

/** The sanitizer and its settings, for the image cache's key: a newer DOMPurify sanitizes every SVG again. */
export const SVG_SANITIZER = `dompurify@${installedVersion('dompurify')}: svg, svgFilters, use; local references only`;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

// Raster pictures an editor embeds in an SVG: they cannot run script, even opened on their own.
const EMBEDDED_RASTER = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

/**
 * Parses an SVG as XML and keeps only DOMPurify's SVG and filter elements, with `<use>` (safe once
 * it may only point inside the file): no script, event handler or foreignObject, and no reference
 * to another file or site in an href or in CSS. Throws SvgError when it is not well-formed SVG.
 */
export async function sanitizeSvg(source: Buffer): Promise<SanitizedSvg> {
  const { window, purify } = await sanitizer();
  const document = new window.DOMParser().parseFromString(source.toString('utf8'), 'image/svg+xml');
  const root = document.documentElement;
  if (root.localName === 'parsererror')
    throw new SvgError(`it is not well-formed XML (${root.textContent?.trim()}): open it in an editor and save it again`);
  if (root.localName !== 'svg') throw new SvgError(`it is not an SVG: its root element is <${root.nodeName}>`);
  if (root.namespaceURI !== SVG_NAMESPACE)
    throw new SvgError(`its <svg> has no xmlns="${SVG_NAMESPACE}", so browsers do not draw it: add that attribute`);

  const removed: string[] = [];
  const keepAttribute = (node: SvgNode, data: UponSanitizeAttributeHookEvent) => {
    const reason = externalReference(node, data.attrName, data.attrValue);
    if (reason === null) return;
    data.keepAttr = false;
    removed.push(reason);
  };
  purify.addHook('uponSanitizeAttribute', keepAttribute);
  try {
    purify.sanitize(root as unknown as Parameters<Purifier['sanitize']>[0], {
      USE_PROFILES: { svg: true, svgFilters: true },
      ADD_TAGS: ['use'],
      IN_PLACE: true,
    });
    removed.unshift(...purify.removed.flatMap(describeRemoval));
  } finally {
    purify.removeHook('uponSanitizeAttribute', keepAttribute);
  }
  for (const style of [...root.getElementsByTagNameNS(SVG_NAMESPACE, 'style')]) {
    if (!loadsFromElsewhere(style.textContent ?? '')) continue;
    style.remove();
    removed.push('a <style> that loads from elsewhere');
  }
  return { svg: Buffer.from(new window.XMLSerializer().serializeToString(root)), removed: [...new Set(removed)] };
}

/** Why an attribute the profile allows must go anyway: a reference out of the file; null to keep it. */
function externalReference(node: SvgNode, name: string, value: string): string | null {
  if (name === 'href' || name === 'xlink:href') {
    const target = value.trim();
    if (target.startsWith('#')) return null;
    if (EMBEDDED_RASTER.test(target) && ['image', 'feimage'].includes(node.localName.toLowerCase())) return null;
    return `${name}="${shorten(target)}"`;
  }
  return loadsFromElsewhere(value, name === 'style') ? `${name}="${shorten(value)}"` : null;
}

/**
 * Whether CSS names anything but a part of the same file: a `url()` not to `#id`, `@import` or
 * `image-set()`. An escape in a stylesheet could spell `url(` unseen, so one counts too.
 */
function loadsFromElsewhere(css: string, isStylesheet = true): boolean {
  if (isStylesheet && css.includes('\\')) return true;
  if (/@import|image-set\(/i.test(css)) return true;
  return [...css.matchAll(/url\(\s*(['"]?)\s*([^'")\s]*)/gi)].some(([, , target]) => !target!.startsWith('#'));
}

/** What an author sees of one of the sanitizer's removals; editor data (Inkscape's, RDF) goes unsaid. */
function describeRemoval(removal: RemovedElement | RemovedAttribute): string[] {
  if ('element' in removal) {
    const element = removal.element as unknown as SvgNode;
    return element.namespaceURI === SVG_NAMESPACE || element.namespaceURI === null ? [`<${element.nodeName}>`] : [];
  }
  const name = removal.attribute?.name ?? '';
  return /^on/i.test(name) ? [name] : [];
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** A package's version as installed (its package.json is not among its exports). */
function installedVersion(name: string): string {
  for (let folder = path.dirname(require.resolve(name)); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (path.basename(folder) === name)
      return (JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

let made: { window: SvgWindow; purify: Purifier } | undefined;

/** One jsdom window and DOMPurify over it, made on the first SVG: most builds have none. */
async function sanitizer(): Promise<{ window: SvgWindow; purify: Purifier }> {
  if (made) return made;
  const { default: createDOMPurify } = await import('dompurify');
  const { JSDOM } = require('jsdom') as JsdomModule;
  const { window } = new JSDOM('');
  made = { window, purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) };
  return made;
}
