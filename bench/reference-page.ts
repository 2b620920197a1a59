// The benchmark's yardsticks: the home page's content, or one post, as one plain static HTML file
// with a small inline stylesheet and no JavaScript, what a static site generator would serve.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Post, PostIndex, SiteInfo } from '../src/shared/post.ts';

/** Folder (under the built site) the reference page is written to, so the same server serves it. */
export const REFERENCE_FOLDER = 'bench-reference';

export { readBuiltIndex, readBuiltPost } from '../scripts/built-index.ts';

/** Writes `<distDir>/bench-reference/index.html` from the built index; returns its URL path. */
export async function writeReferencePage(distDir: string, index: PostIndex): Promise<string> {
  const folder = path.join(distDir, REFERENCE_FOLDER);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), renderReferencePage(index));
  return `${REFERENCE_FOLDER}/`;
}

/** The whole reference document: title, description, and every post's title, date and summary. */
export function renderReferencePage({ site, posts }: PostIndex): string {
  const items = posts
    .map(
      (post) => `<li><article>
<h2><a href="/posts/${encodeURIComponent(post.slug)}">${escapeHtml(post.title)}</a></h2>
<p class="meta"><time datetime="${escapeHtml(post.date)}">${formatDate(post.date, site.language)}</time> · ${post.readingMinutes} min read</p>
<p>${escapeHtml(post.summary)}</p>
</article></li>`,
    )
    .join('\n');
  return referenceDocument(
    site,
    site.title,
    site.description,
    `<h1>${escapeHtml(site.title)}</h1>
<p class="lede">${escapeHtml(site.description)}</p>
<ul class="posts">
${items}
</ul>`,
  );
}

/**
 * Writes `<distDir>/bench-reference/<slug>/index.html`, the post as a static page (renderPostReference);
 * returns its URL path.
 */
export async function writePostReferencePage(distDir: string, site: SiteInfo, post: Post): Promise<string> {
  const folder = path.join(distDir, REFERENCE_FOLDER, post.slug);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), renderPostReference(site, post));
  return `${REFERENCE_FOLDER}/${encodeURIComponent(post.slug)}/`;
}

/**
 * One post as a static page: its title, date and the body our build rendered, pictures and all
 * (the same files, sizes and loading hints), so what is left between the two pages is the app.
 */
export function renderPostReference(site: SiteInfo, post: Post): string {
  return referenceDocument(
    site,
    `${post.title} · ${site.title}`,
    post.summary,
    `<article>
<h1>${escapeHtml(post.title)}</h1>
<p class="meta"><time datetime="${escapeHtml(post.date)}">${formatDate(post.date, site.language)}</time> · ${post.readingMinutes} min read</p>
${post.html}
</article>`,
    POST_STYLE,
  );
}

function referenceDocument(site: SiteInfo, title: string, description: string, main: string, style = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<style>${STYLE}${style}</style>
</head>
<body>
<header><p class="site"><a href="/">${escapeHtml(site.title)}</a></p></header>
<main>
${main}
</main>
</body>
</html>
`;
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1f1d1a;--bg:#fbfaf7;--muted:#5f5a52;--accent:#1d4e89}
@media (prefers-color-scheme:dark){:root{--fg:#e9e5dd;--bg:#171614;--muted:#a9a397;--accent:#8fb8ea}}
body{margin:0 auto;max-width:42rem;padding:1rem 1.25rem;font:1.0625rem/1.6 Georgia,serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}.site a{color:var(--fg);text-decoration:none;font-weight:bold}
h1{font-size:2rem;line-height:1.2;margin:1.5rem 0 .5rem}.lede,.meta{color:var(--muted)}
.posts{list-style:none;padding:0}h2{font-size:1.3rem;line-height:1.3;margin:1.75rem 0 .25rem}
.meta{font-size:.9rem;margin:0}`.trim();

// Pictures keep the room their width and height attributes give them, as in our post's stylesheet.
const POST_STYLE = `
img{display:block;max-width:100%;height:auto;margin-inline:auto}figure{margin-inline:0}
figcaption{color:var(--muted);font-size:.875rem;text-align:center}
pre{overflow-x:auto;padding:.75rem 1rem;font-size:.875rem;background:rgba(127,127,127,.1)}`.trim();

function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
