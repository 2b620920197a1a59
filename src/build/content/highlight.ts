import { createCssVariablesTheme, createHighlighterCoreSync, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { bundledLanguagesInfo } from 'shiki/langs';
import { escapeText } from './escape.ts';

/** A language Shiki can highlight, as a code block names it. */
export interface CodeLanguage {
  id: string;
  /** Shiki's display name ("Go", "YAML"). */
  name: string;
}

/** Token span classes, one per colour of Shiki's css-variables theme bar punctuation: the CSP forbids inline styles. */
export const TOKEN_CLASSES = [
  'keyword',
  'string',
  'comment',
  'constant',
  'function',
  'parameter',
  'string-expression',
  'link',
  'inserted',
  'deleted',
  'changed',
].map((kind) => `tok-${kind}`);

const THEME = createCssVariablesTheme({ name: 'field-notes', variablePrefix: '--shiki-', fontStyle: false });

// The JavaScript engine needs no WebAssembly to start. Forgiving, so a grammar pattern it cannot translate costs
// that pattern's colours, never the build.
const highlighter = createHighlighterCoreSync({
  themes: [THEME],
  langs: [],
  engine: createJavaScriptRegexEngine({ forgiving: true }),
});

type LanguageInfo = (typeof bundledLanguagesInfo)[number];

// Every name a fence may use for a language (its id and aliases), lowercase.
const LANGUAGES = new Map<string, LanguageInfo>();
for (const info of bundledLanguagesInfo)
  for (const name of [info.id, ...(info.aliases ?? [])]) LANGUAGES.set(name, info);

/** The language a code block's info word names, if Shiki has a grammar for it. */
export function codeLanguage(word: string): CodeLanguage | undefined {
  const info = LANGUAGES.get(word.toLowerCase());
  return info && { id: info.id, name: info.name };
}

/** Loads on this thread each grammar these bodies' fences may name, so `highlightCode` can run inside marked. */
export async function loadCodeLanguages(markdowns: Iterable<string>): Promise<void> {
  const loaded = new Set(highlighter.getLoadedLanguages());
  const wanted = new Map<string, LanguageInfo>();
  for (const markdown of markdowns) {
    // Any word after three backticks or tildes, wherever it stands: a few more than marked finds, never fewer.
    for (const [, word] of markdown.matchAll(/(?:`{3,}|~{3,})[ \t]*(\S+)/g)) {
      const info = LANGUAGES.get(word!.replace(/\\/g, '').toLowerCase());
      if (info && !loaded.has(info.id)) wanted.set(info.id, info);
    }
  }
  if (wanted.size > 0) await highlighter.loadLanguage(...[...wanted.values()].map((info) => info.import));
}

/** The code as HTML, a classed span per coloured token; throws unless `loadCodeLanguages` loaded its language. */
export function highlightCode(code: string, language: CodeLanguage): string {
  if (!highlighter.getLoadedLanguages().includes(language.id))
    throw new Error(`highlightCode: "${language.id}" is not loaded; call loadCodeLanguages on the markdown first`);
  // No time limit: by default Shiki gives up on a line that takes too long, which a busy
  // machine compiling a grammar's patterns can reach, and the same post would differ between builds.
  const lines = highlighter.codeToTokensBase(code, { lang: language.id, theme: THEME.name, tokenizeTimeLimit: 0 });
  return lines.map(lineHtml).join('\n');
}

// Tokens of one colour share a span and default-coloured text stays bare, to keep the HTML small.
function lineHtml(tokens: ThemedToken[]): string {
  let html = '';
  for (let i = 0; i < tokens.length;) {
    const kind = classOf(tokens[i]!);
    let text = '';
    for (; i < tokens.length && classOf(tokens[i]!) === kind; i++) text += tokens[i]!.content;
    html += kind ? `<span class="${kind}">${escapeText(text)}</span>` : escapeText(text);
  }
  return html;
}

// The theme's colours, `var(--shiki-token-keyword)`, as the classes the stylesheet colours.
const CLASS_OF_COLOR = new Map(TOKEN_CLASSES.map((name) => [`var(--shiki-token-${name.slice(4)})`, name]));

function classOf(token: ThemedToken): string | undefined {
  return CLASS_OF_COLOR.get(token.color ?? '');
}

