import { escapeHtml, escapeText } from './escape.ts';
import { codeLanguage, highlightCode } from './highlight.ts';

/** A code block whose language Shiki does not know, as marked found it. */
export interface UnknownLanguage {
  /** The block's markdown. */
  raw: string;
  language: string;
}

/** A fenced or indented code block as HTML. */
export interface CodeBlock {
  html: string;
  /** The language the block names when Shiki has no grammar for it: it is shown plain. */
  unknownLanguage?: string;
}

// Where readers know the language by the name the author wrote, not Shiki's ("Shell" for bash).
const LABELS: Record<string, string> = { bash: 'Bash', zsh: 'Zsh', properties: 'Properties' };
// Info words that ask for no highlighting at all.
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext']);

/** A code block: a bar naming the language (the app adds a copy button), then the code, highlighted if known. */
export function renderCodeBlock(code: string, info: string | undefined): CodeBlock {
  const word = info?.match(/^\S*/)?.[0] ?? '';
  const language = word ? codeLanguage(word) : undefined;
  const label = language
    ? `<span class="code-label">${escapeText(LABELS[word.toLowerCase()] ?? language.name)}</span>`
    : '';
  const codeClass = word ? ` class="language-${escapeHtml(word)}"` : '';
  const body = language ? highlightCode(code, language) : escapeText(code);
  const html = `<div class="code-block"><div class="code-bar">${label}</div><pre><code${codeClass}>${body}</code></pre></div>\n`;
  return word && !language && !PLAIN.has(word.toLowerCase()) ? { html, unknownLanguage: word } : { html };
}

/** A warning at the opening fence of each block (in document order) whose language Shiki does not know. */
export function languageWarnings(blocks: UnknownLanguage[], markdown: string): { line: number; message: string }[] {
  let cursor = 0;
  return blocks.map(({ raw, language }) => {
    // Trimmed, as a fence inside a list or a quote is indented or follows `>`.
    const found = markdown.indexOf(raw.split('\n')[0]!.trim(), cursor);
    if (found !== -1) cursor = found + 1;
    return {
      line: found === -1 ? 0 : markdown.slice(0, found).split('\n').length - 1,
      message: `code language "${language}" is not one Shiki knows, so the block is shown plain: see https://shiki.style/languages for the names`,
    };
  });
}
