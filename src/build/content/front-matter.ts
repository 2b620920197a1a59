import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A post file split into its YAML front matter and its markdown body. */
export interface SplitPost {
  /** The parsed front matter, or null when there is none or it is malformed. */
  data: Record<string, unknown> | null;
  /** 1-based line of each top-level key, for error messages. */
  keyLines: Map<string, number>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** YAML syntax errors with their line in the file. */
  errors: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits `---`-fenced front matter (Hugo and Jekyll style) from the body and parses it with `yaml`. */
export function splitFrontMatter(text: string): SplitPost {
  const source = text.replace(/^\uFEFF/, '');
  const match = source.startsWith('---') ? FENCE.exec(source) : null;
  if (!match || match.index !== 0) {
    return { data: null, keyLines: new Map(), body: source, bodyLine: 1, errors: [] };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // The YAML starts on line 2 of the file, after the opening `---`.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const errors = doc.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    message: `front matter is not valid YAML: ${firstLine(error.message)}`,
  }));
  const bodyLine = countLines(match[0]) + 1;
  const body = source.slice(match[0].length);
  if (errors.length > 0) return { data: null, keyLines: new Map(), body, bodyLine, errors };
  const data = doc.toJS() as unknown;
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return {
      data: null,
      keyLines: new Map(),
      body,
      bodyLine,
      errors: [{ line: 2, message: 'front matter must be a set of `key: value` lines' }],
    };
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    keyLines: keyLinesOf(doc, fileLine),
    body,
    bodyLine,
    errors: [],
  };
}

function keyLinesOf(doc: Document, fileLine: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), fileLine(pair.key.range[0]));
  }
  return lines;
}

function countLines(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
