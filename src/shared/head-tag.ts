/**
 * One `<head>` element a page carries for link previews (OpenGraph, Twitter cards) and search
 * engines: the app decides them (src/app/page-meta.ts), the prerenderer writes them as HTML.
 */
export type HeadTag =
  { rel: 'canonical'; href: string } | { property: string; content: string } | { name: string; content: string };
