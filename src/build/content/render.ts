import { Marked, type Token, type Tokens } from 'marked';
import type { Heading } from '../../shared/post.ts';
import { languageWarnings, renderCodeBlock, type UnknownLanguage } from './code-block.ts';
import { figureRenderer } from './images/figure-renderer.ts';
import { htmlToText, sanitizedHtmlToText, sanitizePostHtml } from './sanitize.ts';
import { escapeHtml } from './escape.ts';
import { decodeHTML } from 'entities';

/** A link or image in a post, with where it stands, so broken local references can be reported. */
export interface Reference {
  kind: 'link' | 'image';
  href: string;
  /** 0-based line within the markdown body. */
  line: number;
  /** An image's alt text, as written. */
  alt?: string;
  /** An image in an `<img>` or `<source>` written as HTML, which the build leaves as written. */
  inHtml?: boolean;
}

/** A post body rendered at build time. */
export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** Paths as written (`/posts/x`), to check against the content; the HTML has them under the base path. */
  references: Reference[];
  /** Plain text of the whole body, for word counts. */
  text: string;
  /** Plain text of the first paragraph. */
  firstParagraph: string;
  /** What the author may want to fix, though the post builds; lines are 0-based in the body. */
  warnings: { line: number; message: string }[];
}

/** How the HTML is written for the deployed site. */
export interface RenderOptions {
  /** The path the site is served under (`/` or `/notes/`); site-absolute links get it as a prefix. */
  basePath?: string;
}

/** GitHub-flavoured markdown as sanitized HTML with heading anchors; code needs `loadCodeLanguages` to have run. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedBody {
  const headings: Heading[] = [];
  const unknownLanguages: UnknownLanguage[] = [];
  const slugger = createSlugger();
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens, this.parser.textRenderer);
        const plain = htmlToText(text);
        const id = slugger(plain);
        headings.push({ id, text: plain, depth });
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${id}">${inner}<a class="heading-anchor" href="#${id}" aria-label="Link to this section: ${escapeHtml(plain)}">#</a></h${depth}>\n`;
      },
      code({ text, lang, raw }) {
        const block = renderCodeBlock(text, lang);
        if (block.unknownLanguage) unknownLanguages.push({ raw, language: block.unknownLanguage });
        return block.html;
      },
    },
  });
  marked.use(figureRenderer);
  const tokens = marked.lexer(markdown);
  const html = prefixSiteLinks(sanitizePostHtml(marked.parser(tokens)), options.basePath ?? '/');
  const firstParagraph = tokens.find((token): token is Tokens.Paragraph => token.type === 'paragraph');
  return {
    html,
    headings,
    references: findReferences(marked, tokens, markdown),
    // The "#" beside each heading and the language above each code block are not the post's words.
    text: sanitizedHtmlToText(
      html.replace(/<a class="heading-anchor"[^>]*>#<\/a>|<span class="code-label">[^<]*<\/span>/g, ''),
    ),
    firstParagraph: firstParagraph ? htmlToText(marked.parser([firstParagraph])) : '',
    warnings: languageWarnings(unknownLanguages, markdown),
  };
}

/** Puts `basePath` before site-absolute links, written as if the site were at the root; `//host` links stay. */
export function prefixSiteLinks(html: string, basePath: string): string {
  if (basePath === '/') return html;
  // Sanitized HTML escapes every `<` in text and double-quotes attributes, so only real tags match.
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${basePath}`));
}

function findReferences(marked: Marked, tokens: Token[], markdown: string): Reference[] {
  const references: Reference[] = [];
  // Tokens carry no positions, but walkTokens goes in document order, so a cursor finds each after the last.
  // Code and images are skipped whole, so a link inside code or alt text is never taken for a real one.
  let cursor = 0;
  marked.walkTokens(tokens, (token) => {
    if (!['link', 'image', 'codespan', 'code', 'html'].includes(token.type)) return;
    const found = markdown.indexOf(token.raw, cursor);
    if (found === -1) return;
    const line = markdown.slice(0, found).split('\n').length - 1;
    if (token.type === 'link' || token.type === 'image') {
      const { href, text } = token as Tokens.Link | Tokens.Image;
      references.push(token.type === 'image' ? { kind: 'image', href, line, alt: text } : { kind: 'link', href, line });
    }
    if (token.type === 'html') references.push(...htmlImages(token.raw, line));
    // A link's own text follows inside it, so step just past its opening bracket.
    cursor = token.type === 'link' ? found + 1 : found + token.raw.length;
  });
  return references;
}

/** The pictures `<img>` and `<source>` tags in some HTML show, each at its line, as the sanitizer keeps them. */
function htmlImages(raw: string, firstLine: number): Reference[] {
  return [...raw.matchAll(/<(?:img|source)\b[^>]*>/gi)].flatMap((match) => {
    const line = firstLine + raw.slice(0, match.index).split('\n').length - 1;
    // The sanitizer writes each attribute double-quoted, with `&` and `"` escaped.
    const kept = sanitizePostHtml(match[0]);
    const attribute = (name: string) => decodeHTML(new RegExp(`\\s${name}="([^"]*)"`).exec(kept)?.[1] ?? '');
    const candidates = attribute('srcset')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
    return [attribute('src'), ...candidates]
      .filter((href) => href !== '')
      .map((href): Reference => ({ kind: 'image', href, line, inHtml: true }));
  });
}

/** GitHub-style heading ids: lowercase words joined by hyphens, numbered when repeated. */
function createSlugger(): (text: string) => string {
  const used = new Set<string>();
  const repeats = new Map<string, number>();
  return (text) => {
    const base =
      text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-') || 'section';
    // "Notes", "Notes", then a heading literally called "Notes 1" must not reuse "notes-1".
    let count = repeats.get(base) ?? 0;
    let id = count === 0 ? base : `${base}-${count}`;
    while (used.has(id)) {
      count += 1;
      id = `${base}-${count}`;
    }
    repeats.set(base, count + 1);
    used.add(id);
    return id;
  };
}
