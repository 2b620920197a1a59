import { mulberry32, pick, randomInt, zipfSampler, type Random } from './random.ts';
import { CODE_SAMPLES, HEAD_TAGS, longTailWords, TITLE_WORDS, WORDS } from './vocabulary.ts';

/** What to generate: how many posts, from which seed, with which words. */
export interface CorpusOptions {
  posts: number;
  seed: number;
  /**
   * `small` (the default): the few hundred words of WORDS, each in most posts. `wide`: those
   * words first, then LONG_TAIL made-up ones, drawn with Zipf weights as words are in real text,
   * so most words are in few posts (what a search index meets on a real blog).
   */
  vocabulary?: 'small' | 'wide';
}

/** How many long-tail words the `wide` vocabulary adds. */
export const LONG_TAIL = 20_000;

/** One file of the content folder, relative to it (`site.yaml`, `posts/<slug>.md`). */
export interface CorpusFile {
  path: string;
  content: string;
}

/** Bounds of a post's length in words, as the build counts them (rendered text). */
export const WORD_RANGE = { min: 300, max: 3000 } as const;
/** How many distinct tags the corpus draws from. */
export const TAG_COUNT = 200;
/** How many tags each post carries. */
export const TAGS_PER_POST = { min: 1, max: 5 } as const;

const FIRST_DAY = Date.UTC(2010, 0, 1);
// Before today, so Hugo (which leaves future posts out by default) builds every post too.
const LAST_DAY = Date.UTC(2025, 11, 31);

/**
 * The 200 tag names, most common first. The same for every seed (only their use varies), so
 * corpora of different sizes share their tags: the 24 real-looking names, then word pairs.
 */
export function corpusTags(): string[] {
  const tags = [...HEAD_TAGS];
  const random = mulberry32(200);
  while (tags.length < TAG_COUNT) {
    const tag = `${pick(random, TITLE_WORDS)}-${pick(random, TITLE_WORDS)}`;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** A deterministic content folder: `site.yaml` and `posts/*.md`, like `content/`. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const random = mulberry32(options.seed);
  const word = wordSource(random, options.vocabulary ?? 'small');
  const tags = corpusTags();
  const tagRank = zipfSampler(tags.length);
  const titles = Array.from({ length: options.posts }, () => titleWords(random));
  const slugs = titles.map((words, i) => `${words.slice(0, 4).join('-')}-${i + 1}`);
  const files: CorpusFile[] = [{ path: 'site.yaml', content: siteYaml(options) }];
  for (let i = 0; i < options.posts; i += 1) {
    const own = new Set<string>();
    const tagCount = randomInt(random, TAGS_PER_POST.min, TAGS_PER_POST.max);
    while (own.size < tagCount) own.add(tags[tagRank(random)]!);
    const date = new Date(FIRST_DAY + Math.floor((random() * (LAST_DAY - FIRST_DAY)) / 60_000) * 60_000);
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(titles[i]!.map(capitalize).join(' '))}`,
      `date: ${date.toISOString().replace('.000Z', 'Z')}`,
      `tags: [${[...own].join(', ')}]`,
      '---',
    ].join('\n');
    const body = writeBody(random, word, wordTarget(random), (self) => otherSlug(random, slugs, self), slugs[i]!);
    files.push({ path: `posts/${slugs[i]}.md`, content: `${frontMatter}\n\n${body}` });
  }
  return files;
}

// Draws a word for running text.
function wordSource(random: Random, vocabulary: 'small' | 'wide'): () => string {
  if (vocabulary === 'small') return () => pick(random, WORDS);
  const words = [...WORDS, ...longTailWords(LONG_TAIL)];
  const rank = zipfSampler(words.length);
  return () => words[rank(random)]!;
}

// Log-uniform between the bounds: many short posts, fewer long ones, like a real blog.
function wordTarget(random: Random): number {
  return Math.round(WORD_RANGE.min * (WORD_RANGE.max / WORD_RANGE.min) ** random());
}

function titleWords(random: Random): string[] {
  return Array.from({ length: randomInt(random, 3, 7) }, () => pick(random, TITLE_WORDS));
}

function otherSlug(random: Random, slugs: string[], self: string): string {
  const slug = pick(random, slugs);
  return slug === self && slugs.length > 1 ? otherSlug(random, slugs, self) : slug;
}

function siteYaml(options: CorpusOptions): string {
  return [
    `title: "Synthetic Field Notes"`,
    `description: "A generated corpus of ${options.posts} posts (seed ${options.seed}) for measuring the build and the app at scale."`,
    'language: en',
    'baseUrl: https://field-notes.example.org/',
    '',
  ].join('\n');
}

/**
 * Markdown of about `target` words: an introduction, then sections with headings, paragraphs
 * carrying links (to other posts and outside), emphasis and inline code, lists and code blocks.
 */
function writeBody(
  random: Random,
  word: () => string,
  target: number,
  linkTarget: (self: string) => string,
  self: string,
): string {
  const blocks: string[] = [];
  let left = target;
  const take = (wanted: number) => {
    const n = Math.max(1, Math.min(wanted, left));
    left -= n;
    return n;
  };
  const remaining = () => left;
  blocks.push(paragraph(random, word, take(randomInt(random, 40, 90)), () => linkTarget(self)));
  while (left > 0) {
    const depth = random() < 0.75 ? '##' : '###';
    blocks.push(`${depth} ${titleWordsOf(random, take(randomInt(random, 2, 6)))}`);
    for (let p = randomInt(random, 1, 3); p > 0 && left > 0; p -= 1)
      blocks.push(paragraph(random, word, take(randomInt(random, 30, 120)), () => linkTarget(self)));
    if (left > 0 && random() < 0.35) blocks.push(list(random, word, take));
    const code = left > 0 && random() < 0.25 ? codeBlock(random, take, remaining) : '';
    if (code) blocks.push(code);
  }
  return `${blocks.join('\n\n')}\n`;
}

function titleWordsOf(random: Random, n: number): string {
  return capitalize(Array.from({ length: n }, () => pick(random, TITLE_WORDS)).join(' '));
}

// Decorations wrap words and never add any, so the word count stays what was asked for.
function paragraph(random: Random, word: () => string, n: number, linkTarget: () => string): string {
  const words = Array.from({ length: n }, word);
  for (let start = 0; start < n;) {
    const end = Math.min(n, start + randomInt(random, 6, 18)) - 1;
    words[start] = capitalize(words[start]!);
    words[end] += '.';
    start = end + 1;
  }
  // Emphasis and code near the end, a link well before them, so they never overlap.
  if (n >= 12 && random() < 0.3) words[n - 3] = `*${words[n - 3]}*`;
  if (n >= 12 && random() < 0.3) words[n - 2] = `\`${words[n - 2]}\``;
  if (n >= 8 && random() < 0.6) {
    const start = randomInt(random, 0, n - 6);
    const end = start + randomInt(random, 1, 2);
    const href = random() < 0.6 ? `/posts/${linkTarget()}` : `https://example.org/${pick(random, TITLE_WORDS)}`;
    words[start] = `[${words[start]}`;
    words[end] = `${words[end]}](${href})`;
  }
  return words.join(' ');
}

function list(random: Random, word: () => string, take: (wanted: number) => number): string {
  const ordered = random() < 0.3;
  const items = randomInt(random, 3, 6);
  const lines: string[] = [];
  for (let i = 0; i < items; i += 1) {
    const n = take(randomInt(random, 3, 12));
    lines.push(`${ordered ? `${i + 1}.` : '-'} ${capitalize(Array.from({ length: n }, word).join(' '))}`);
  }
  return lines.join('\n');
}

function codeBlock(random: Random, take: (wanted: number) => number, remaining: () => number): string {
  const sample = pick(random, CODE_SAMPLES);
  const lines: string[] = [];
  const count = randomInt(random, 3, sample.lines.length);
  // Lines count as words too (the build counts the rendered text), so they spend the budget.
  for (const line of sample.lines.slice(0, count)) {
    const words = line.split(/\s+/).filter(Boolean).length;
    if (words > remaining()) break;
    take(words);
    lines.push(line);
  }
  return lines.length === 0 ? '' : ['```' + sample.lang, ...lines, '```'].join('\n');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
