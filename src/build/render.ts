import { Marked, type Token, type Tokens } from 'marked';
import type { Heading } from '../shared/post.ts';
import { htmlToText, sanitizePostHtml } from './sanitize.ts';

/** A link or image in a post, with where it stands, so broken local references can be reported. */
export interface Reference {
  kind: 'link' | 'image';
  href: string;
  /** 0-based line within the markdown body. */
  line: number;
}

/** A post body rendered at build time. */
export interface RenderedBody {
  html: string;
  headings: Heading[];
  references: Reference[];
  /** Plain text of the whole body, for word counts. */
  text: string;
  /** Plain text of the first paragraph. */
  firstParagraph: string;
}

/** Renders GitHub-flavoured markdown to sanitized HTML with stable heading ids and anchors. */
export function renderMarkdown(markdown: string): RenderedBody {
  const headings: Heading[] = [];
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
        return `<h${depth} id="${id}">${inner}<a class="heading-anchor" href="#${id}" aria-label="Link to this section: ${escapeAttribute(plain)}">#</a></h${depth}>\n`;
      },
    },
  });
  const tokens = marked.lexer(markdown);
  const html = sanitizePostHtml(marked.parser(tokens));
  const firstParagraph = tokens.find((token): token is Tokens.Paragraph => token.type === 'paragraph');
  return {
    html,
    headings,
    references: findReferences(marked, tokens, markdown),
    text: htmlToText(html.replace(/<a class="heading-anchor"[^>]*>#<\/a>/g, '')),
    firstParagraph: firstParagraph ? htmlToText(marked.parser([firstParagraph])) : '',
  };
}

function findReferences(marked: Marked, tokens: Token[], markdown: string): Reference[] {
  const references: Reference[] = [];
  let searchFrom = 0;
  marked.walkTokens(tokens, (token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    // Tokens carry no positions; the raw text, looked up in order, gives the line.
    const found = markdown.indexOf(token.raw, searchFrom);
    const index = found === -1 ? markdown.indexOf(token.raw) : found;
    if (found !== -1) searchFrom = found + 1;
    const line = index === -1 ? 0 : markdown.slice(0, index).split('\n').length - 1;
    references.push({ kind: token.type, href: (token as Tokens.Link | Tokens.Image).href, line });
  });
  return references;
}

/** GitHub-style heading ids: lowercase words joined by hyphens, numbered when repeated. */
function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base =
      text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-') || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
