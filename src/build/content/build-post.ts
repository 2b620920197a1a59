import type { Post } from '../../shared/post.ts';
import { contentHash } from './hash.ts';
import { loadCodeLanguages } from './highlight.ts';
import type { ParsedPost } from './parse-post.ts';
import { htmlToText } from './sanitize.ts';
import { renderMarkdown, type Reference, type RenderOptions } from './render.ts';

const MORE = /<!--\s*more\s*-->/i;
const WORDS_PER_MINUTE = 230;
const SUMMARY_LIMIT = 280;

/** A rendered post and the local references it makes, which the site build checks. */
export interface BuiltPost {
  post: Post;
  references: Reference[];
  /** What the author may want to fix, at 0-based lines of the body. */
  warnings: { line: number; message: string }[];
}

/** `buildPost` over some posts, once this thread has the grammars their code blocks name. */
export async function buildPostBatch(posts: ParsedPost[], options: RenderOptions = {}): Promise<BuiltPost[]> {
  await loadCodeLanguages(posts.map((post) => post.body));
  return posts.map((post) => buildPost(post, options));
}

/** Renders a validated post and derives everything the app shows about it (see buildPostBatch). */
export function buildPost(parsed: ParsedPost, options: RenderOptions = {}): BuiltPost {
  const body = renderMarkdown(parsed.body, options);
  // The body's text comes with its whitespace collapsed to single spaces and trimmed.
  const words = body.text ? body.text.split(' ').length : 0;
  const fields: Omit<Post, 'hash'> = {
    slug: parsed.slug,
    title: parsed.title,
    date: parsed.date,
    ...(parsed.updated ? { updated: parsed.updated } : {}),
    tags: parsed.tags,
    summary: summarize(parsed, body.firstParagraph),
    words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    draft: parsed.draft,
    html: body.html,
    headings: body.headings,
  };
  return {
    post: { ...fields, hash: contentHash(JSON.stringify(fields)) },
    references: body.references,
    warnings: body.warnings,
  };
}

/** The author's summary, else the text before `<!--more-->`, else the first paragraph. */
function summarize(parsed: ParsedPost, firstParagraph: string): string {
  if (parsed.summary) return parsed.summary;
  const more = MORE.exec(parsed.body);
  const text = more ? htmlToText(renderMarkdown(parsed.body.slice(0, more.index)).html) : firstParagraph;
  return truncateAtWord(text, SUMMARY_LIMIT);
}

function truncateAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/, '')}…`;
}
