/** One `<head>` tag for link previews and search engines, decided by src/app/page-meta.ts and prerendered as HTML. */
export type HeadTag =
  { rel: 'canonical'; href: string } | { property: string; content: string } | { name: string; content: string };
