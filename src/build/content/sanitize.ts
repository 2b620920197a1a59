import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';
import { TOKEN_CLASSES } from './highlight.ts';

// Embeds readers expect in a write-up (talk recordings); nothing else may frame another origin.
const IFRAME_HOSTS = ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'picture',
    'source',
    'figure',
    'figcaption',
    'del',
    'ins',
    'details',
    'summary',
    'iframe',
    'input',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'class', 'aria-label', 'id'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'srcset', 'sizes', 'fetchpriority'],
    // The build's pictures (src/build/content/images): the formats and widths the browser picks from.
    source: ['srcset', 'sizes', 'type'],
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowfullscreen', 'loading'],
    // Set to 0 on every <pre> below: a block that scrolls sideways must be reachable by keyboard.
    pre: ['tabindex'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    // GFM task lists render disabled checkboxes.
    input: ['type', 'checked', 'disabled'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    li: ['id'],
    sup: ['id'],
    section: ['class'],
  },
  // Only the classes the code blocks need (code-block.ts, highlight.ts): the stylesheet colours
  // them, and Shiki's own inline colours would be blocked by the CSP, which forbids style="".
  allowedClasses: {
    code: ['language-*'],
    div: ['code-block', 'code-bar'],
    span: ['code-label', ...TOKEN_CLASSES],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // sanitize-html looks up a srcset's schemes under the attribute's name, not the tag's.
  allowedSchemesByTag: { img: ['http', 'https'], srcset: ['http', 'https'], iframe: ['https'] },
  allowProtocolRelative: false,
  // <source> is void, as <img> is: `</source>` would be a stray end tag.
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
  allowedIframeHostnames: IFRAME_HOSTS,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: isExternal(attribs.href) ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
    // A post's first picture is loaded at once (src/build/content/images/picture-html.ts); any other later.
    img: (tagName, { fetchpriority, ...attribs }) => ({
      tagName,
      attribs: {
        ...attribs,
        ...(fetchpriority && ['high', 'low', 'auto'].includes(fetchpriority) ? { fetchpriority } : {}),
        loading: attribs.loading === 'eager' ? 'eager' : 'lazy',
        decoding: 'async',
      },
    }),
    iframe: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
    pre: (tagName, attribs) => ({ tagName, attribs: { ...attribs, tabindex: '0' } }),
  },
  // sanitize-html strips a foreign iframe's src but keeps an empty frame; drop it whole.
  exclusiveFilter: (frame) =>
    (frame.tag === 'input' && frame.attribs.type !== 'checkbox') ||
    (frame.tag === 'iframe' && !isAllowedFrame(frame.attribs.src)),
};

/** Makes post HTML safe: no scripts, styles, handlers, `javascript:` or `data:` URLs; iframes from IFRAME_HOSTS only. */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** The text of some HTML with every tag removed and entities decoded. */
export function htmlToText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return decodeHTML(text).replace(/\s+/g, ' ').trim();
}

/** `htmlToText` for HTML that `sanitizePostHtml` wrote, without parsing it again. */
export function sanitizedHtmlToText(html: string): string {
  // Its input has no comments, scripts, styles or textareas, and escapes `<` and `>`: each `<…>` is a real tag.
  return decodeHTML(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function isAllowedFrame(src: string | undefined): boolean {
  try {
    const url = new URL(src ?? '');
    return url.protocol === 'https:' && IFRAME_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

function isExternal(href: string | undefined): boolean {
  return href !== undefined && /^https?:\/\//i.test(href);
}
