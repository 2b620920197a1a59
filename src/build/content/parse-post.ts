import type { ContentProblem } from './errors.ts';
import { parseContentDate } from './dates.ts';
import { splitFrontMatter } from './front-matter.ts';

/** A post whose front matter is valid; its markdown is not rendered yet. */
export interface ParsedPost {
  slug: string;
  title: string;
  date: string;
  updated: string | undefined;
  tags: string[];
  draft: boolean;
  summary: string | undefined;
  body: string;
  /** 1-based line in the file where `body` starts, to report problems inside it. */
  bodyLine: number;
}

/** A valid post, or every problem found; warnings either way. */
export type ParseResult =
  | { ok: true; post: ParsedPost; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Keys that Hugo and Jekyll themes write and that mean nothing here: accepted without a warning.
const IGNORED_KEYS = new Set(['layout', 'author', 'categories', 'permalink', 'slug', 'comments', 'toc', 'weight']);
const KNOWN_KEYS = new Set([
  'title',
  'date',
  'updated',
  'lastmod',
  'last_modified_at',
  'tags',
  'draft',
  'published',
  'summary',
  'description',
]);

/** Validates one post file's front matter; reports every problem at once with its line. */
export function parsePost(text: string, file: string): ParseResult {
  const slug = slugOf(file);
  const split = splitFrontMatter(text);
  const problems: ContentProblem[] = split.errors.map((e) => ({ file, ...e }));
  const warnings: ContentProblem[] = [];
  const at = (key: string) => split.keyLines.get(key) ?? 1;
  const problem = (key: string, message: string) => problems.push({ file, line: at(key), message });

  if (!KEBAB.test(slug)) {
    problems.push({
      file,
      line: 1,
      message: `file name "${slug}" is not a kebab-case slug: rename it to "${toKebab(slug)}.md"`,
    });
  }
  if (split.errors.length > 0) return { ok: false, problems, warnings };
  if (split.data === null) {
    problems.push({
      file,
      line: 1,
      message: 'no front matter: start the file with `---`, a `title:` and a `date:`, then `---`',
    });
    return { ok: false, problems, warnings };
  }
  const data = split.data;

  const title = typeof data.title === 'string' ? data.title.trim() : '';
  if (!('title' in data)) problem('title', 'missing `title`: add `title: "Your title"` to the front matter');
  else if (title === '') problem('title', '`title` must be non-empty text');

  const date = parseContentDate(data.date);
  if (data.date === undefined || data.date === null)
    problem('date', 'missing `date`: add `date: YYYY-MM-DD` to the front matter');
  else if (date === null)
    problem(
      'date',
      `\`date\` "${String(data.date)}" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00`,
    );

  const updatedKey = ['updated', 'lastmod', 'last_modified_at'].find((key) => key in data);
  const updated = updatedKey ? parseContentDate(data[updatedKey]) : undefined;
  if (updatedKey && updated === null)
    problem(updatedKey, `\`${updatedKey}\` "${String(data[updatedKey])}" is not a valid date`);

  const tags = readTags(data.tags, (message) => problem('tags', message));
  const draft = readDraft(data, problem);

  const summaryKey = 'summary' in data ? 'summary' : 'description' in data ? 'description' : undefined;
  const summaryValue = summaryKey ? data[summaryKey] : undefined;
  if (summaryKey && typeof summaryValue !== 'string') problem(summaryKey, `\`${summaryKey}\` must be text`);

  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key) && !IGNORED_KEYS.has(key)) {
      warnings.push({ file, line: at(key), message: `unknown front matter key \`${key}\` is ignored` });
    }
  }
  if (problems.length > 0) return { ok: false, problems, warnings };
  return {
    ok: true,
    warnings,
    post: {
      slug,
      title,
      date: date!,
      updated: updated ?? undefined,
      tags,
      draft,
      summary: typeof summaryValue === 'string' && summaryValue.trim() ? summaryValue.trim() : undefined,
      body: split.body,
      bodyLine: split.bodyLine,
    },
  };
}

/** Tags come as a YAML list (Hugo) or a space-separated string (Jekyll); each must be kebab-case. */
function readTags(value: unknown, report: (message: string) => void): string[] {
  if (value === undefined || value === null) return [];
  const raw = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value : null;
  if (raw === null) {
    report('`tags` must be a list (`tags: [a, b]`) or a space-separated string');
    return [];
  }
  const tags: string[] = [];
  for (const tag of raw) {
    const text = String(tag);
    if (KEBAB.test(text)) tags.push(text);
    else report(`tag "${text}" is not lowercase kebab-case: write "${toKebab(text)}"`);
  }
  return [...new Set(tags)];
}

/** Hugo writes `draft: true`; Jekyll writes `published: false`. */
function readDraft(data: Record<string, unknown>, problem: (key: string, message: string) => void): boolean {
  for (const key of ['draft', 'published'] as const) {
    if (key in data && typeof data[key] !== 'boolean') problem(key, `\`${key}\` must be true or false`);
  }
  return data.draft === true || data.published === false;
}

function slugOf(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.(md|markdown)$/i, '');
}

function toKebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
