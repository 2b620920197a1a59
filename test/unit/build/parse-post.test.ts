import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/build/content/errors.ts';
import { parsePost, type ParsedPost } from '../../../src/build/content/parse-post.ts';

const FILE = 'content/posts/field-notes.md';

/** A post file: `---`, the given front-matter lines, `---`, a blank line and a body. */
function postFile(frontMatter: string[], body = 'Body text.\n'): string {
  return `---\n${frontMatter.join('\n')}\n---\n\n${body}`;
}

/** A valid front matter with the given extra lines appended (lines 2 and 3 are title and date). */
function validWith(...extra: string[]): string {
  return postFile(['title: "Field Notes"', 'date: 2018-05-03', ...extra]);
}

function parseValid(text: string, file = FILE): ParsedPost {
  const result = parsePost(text, file);
  if (!result.ok) throw new Error(`expected a valid post, got:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.post;
}

function problemsOf(text: string, file = FILE): string[] {
  const result = parsePost(text, file);
  if (result.ok) throw new Error('expected the post to be rejected');
  return result.problems.map(formatProblem);
}

function warningsOf(text: string, file = FILE): string[] {
  return parsePost(text, file).warnings.map(formatProblem);
}

describe('parsePost: Hugo front matter', () => {
  const hugo = postFile([
    'title: "KubeCon 2018: Looking Back and Forward"',
    'date: 2018-05-03T22:23:23+01:00',
    'draft: true',
    'tags:',
    '  - kubernetes',
    '  - open-source',
    'lastmod: 2018-05-10T08:00:00Z',
  ]);

  it('reads the title', () => {
    expect(parseValid(hugo).title).toBe('KubeCon 2018: Looking Back and Forward');
  });

  it('converts a date with time and +01:00 offset to UTC ISO', () => {
    expect(parseValid(hugo).date).toBe('2018-05-03T21:23:23.000Z');
  });

  it('treats `draft: true` as a draft', () => {
    expect(parseValid(hugo).draft).toBe(true);
  });

  it('reads a YAML list of tags', () => {
    expect(parseValid(hugo).tags).toEqual(['kubernetes', 'open-source']);
  });

  it('reads `lastmod` as the updated date', () => {
    expect(parseValid(hugo).updated).toBe('2018-05-10T08:00:00.000Z');
  });

  it('takes the slug from the file name', () => {
    expect(parseValid(hugo, 'content/posts/kubecon-2018-looking-back.md').slug).toBe('kubecon-2018-looking-back');
  });

  it('reports the body and the 1-based line it starts on', () => {
    const post = parseValid(hugo);
    expect(post.body).toBe('\nBody text.\n');
    expect(post.bodyLine).toBe(10);
  });

  it('treats `draft: false` as published', () => {
    expect(parseValid(validWith('draft: false')).draft).toBe(false);
  });
});

describe('parsePost: Jekyll front matter', () => {
  const jekyll = (published: string) =>
    postFile([
      'layout: post',
      'title: "KubeCon 2017 Thoughts"',
      'date: 2017-12-20 10:00:00 +0100',
      `published: ${published}`,
      'tags: kubernetes cloud-native conference',
      'categories: [conferences]',
    ]);

  it('treats `published: false` as a draft', () => {
    expect(parseValid(jekyll('false')).draft).toBe(true);
  });

  it('treats `published: true` as published', () => {
    expect(parseValid(jekyll('true')).draft).toBe(false);
  });

  it('splits a space-separated tags string', () => {
    expect(parseValid(jekyll('true')).tags).toEqual(['kubernetes', 'cloud-native', 'conference']);
  });

  it('converts a date with a space, time and +0100 offset to UTC ISO', () => {
    expect(parseValid(jekyll('true')).date).toBe('2017-12-20T09:00:00.000Z');
  });

  it('accepts `layout` and `categories` without a warning', () => {
    expect(warningsOf(jekyll('true'))).toEqual([]);
  });

  it('reads `updated` as the updated date', () => {
    expect(parseValid(validWith('updated: 2018-06-01')).updated).toBe('2018-06-01T00:00:00.000Z');
  });

  it('reads `last_modified_at` as the updated date', () => {
    expect(parseValid(validWith('last_modified_at: 2018-06-01 09:30')).updated).toBe('2018-06-01T09:30:00.000Z');
  });

  it('leaves `updated` undefined when no update date is given', () => {
    expect(parseValid(validWith()).updated).toBeUndefined();
  });
});

describe('parsePost: date shapes', () => {
  const dateOf = (value: string) => parseValid(postFile(['title: Dates', `date: ${value}`])).date;

  it.each([
    ['a bare date', '2018-05-03', '2018-05-03T00:00:00.000Z'],
    ['a date and time without zone (read as UTC)', '2018-05-03 22:23', '2018-05-03T22:23:00.000Z'],
    ['a date and time with seconds and T', '2018-05-03T22:23:23', '2018-05-03T22:23:23.000Z'],
    ['a time in Z', '2018-05-03T22:23:23Z', '2018-05-03T22:23:23.000Z'],
    ['a +01:00 offset', '2018-05-03T22:23:23+01:00', '2018-05-03T21:23:23.000Z'],
    ['a -0500 offset that crosses midnight', '2018-05-03 22:00:00 -0500', '2018-05-04T03:00:00.000Z'],
    ['a quoted date', '"2016-03-17"', '2016-03-17T00:00:00.000Z'],
    ['a leap day', '2016-02-29', '2016-02-29T00:00:00.000Z'],
  ])('converts %s to ISO', (_label, value, iso) => {
    expect(dateOf(value)).toBe(iso);
  });
});

describe('parsePost: summary', () => {
  it('reads `summary`, trimmed', () => {
    expect(parseValid(validWith('summary: "  A hand-written summary.  "')).summary).toBe('A hand-written summary.');
  });

  it('reads `description` when there is no `summary`', () => {
    expect(parseValid(validWith('description: From the Jekyll theme.')).summary).toBe('From the Jekyll theme.');
  });

  it('prefers `summary` over `description`', () => {
    expect(parseValid(validWith('summary: Summary wins.', 'description: Description loses.')).summary).toBe(
      'Summary wins.',
    );
  });

  it('leaves the summary undefined when none is given', () => {
    expect(parseValid(validWith()).summary).toBeUndefined();
  });

  it('rejects a summary that is not text, at its line', () => {
    expect(problemsOf(validWith('summary: 42'))).toEqual([`${FILE}:4: \`summary\` must be text`]);
  });
});

describe('parsePost: unknown keys', () => {
  it('warns about an unknown key at its line', () => {
    expect(warningsOf(validWith('tags: [kubernetes]', 'colour: blue'))).toEqual([
      `${FILE}:5: unknown front matter key \`colour\` is ignored`,
    ]);
  });

  it('still accepts the post when a key is unknown', () => {
    expect(parsePost(validWith('colour: blue'), FILE).ok).toBe(true);
  });

  it.each(['layout: post', 'categories: [a, b]', 'author: Jane', 'permalink: /x/', 'comments: true'])(
    'accepts `%s` without a warning',
    (line) => {
      expect(warningsOf(validWith(line))).toEqual([]);
    },
  );
});

describe('parsePost: validation errors', () => {
  it('reports malformed YAML at the line of the YAML error', () => {
    const text = postFile(['title: Broken', 'date: "2018-01-01']);
    expect(problemsOf(text)).toEqual([`${FILE}:3: front matter is not valid YAML: Missing closing "quote`]);
  });

  it('reports an unclosed flow list at the line of the YAML error', () => {
    const text = postFile(['title: Broken', 'date: 2018-01-01', 'tags: [kubernetes, conference']);
    expect(problemsOf(text)).toEqual([
      `${FILE}:4: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports a duplicate key at its line', () => {
    const text = postFile(['title: One', 'date: 2018-01-01', 'title: Two']);
    expect(problemsOf(text)).toEqual([`${FILE}:4: front matter is not valid YAML: Map keys must be unique`]);
  });

  it('reports a missing title at line 1', () => {
    expect(problemsOf(postFile(['date: 2018-01-01']))).toEqual([
      `${FILE}:1: missing \`title\`: add \`title: "Your title"\` to the front matter`,
    ]);
  });

  it('reports an empty title at its line', () => {
    expect(problemsOf(postFile(['date: 2018-01-01', 'title: "   "']))).toEqual([
      `${FILE}:3: \`title\` must be non-empty text`,
    ]);
  });

  it('reports a title with no value at its line', () => {
    expect(problemsOf(postFile(['title:', 'date: 2018-01-01']))).toEqual([
      `${FILE}:2: \`title\` must be non-empty text`,
    ]);
  });

  it('reports a missing date at line 1', () => {
    expect(problemsOf(postFile(['title: No Date']))).toEqual([
      `${FILE}:1: missing \`date\`: add \`date: YYYY-MM-DD\` to the front matter`,
    ]);
  });

  it('reports a date that does not exist (2018-02-31) at its line', () => {
    expect(problemsOf(postFile(['title: Bad Date', 'date: 2018-02-31']))).toEqual([
      `${FILE}:3: \`date\` "2018-02-31" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00`,
    ]);
  });

  it('reports a date that is not a date (yesterday) at its line', () => {
    expect(problemsOf(postFile(['title: Bad Date', 'date: yesterday']))).toEqual([
      `${FILE}:3: \`date\` "yesterday" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00`,
    ]);
  });

  it('reports 29 February of a non-leap year', () => {
    expect(problemsOf(postFile(['title: Bad Date', 'date: 2018-02-29']))).toEqual([
      `${FILE}:3: \`date\` "2018-02-29" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00`,
    ]);
  });

  it('reports an invalid `updated` date at its line', () => {
    expect(problemsOf(validWith('updated: 2018-13-01'))).toEqual([
      `${FILE}:4: \`updated\` "2018-13-01" is not a valid date`,
    ]);
  });

  it('reports a tag that is not kebab-case and suggests the kebab form', () => {
    expect(problemsOf(validWith('tags: [kubernetes, Service Mesh]'))).toEqual([
      `${FILE}:4: tag "Service Mesh" is not lowercase kebab-case: write "service-mesh"`,
    ]);
  });

  it('suggests a kebab form without accents', () => {
    expect(problemsOf(validWith('tags: ["Café Talk"]'))).toEqual([
      `${FILE}:4: tag "Café Talk" is not lowercase kebab-case: write "cafe-talk"`,
    ]);
  });

  it('rejects tags that are neither a list nor a string', () => {
    expect(problemsOf(validWith('tags: {kubernetes: true}'))).toEqual([
      `${FILE}:4: \`tags\` must be a list (\`tags: [a, b]\`) or a space-separated string`,
    ]);
  });

  it('rejects `draft: "yes"` because it is not a boolean', () => {
    expect(problemsOf(validWith('draft: "yes"'))).toEqual([`${FILE}:4: \`draft\` must be true or false`]);
  });

  it('rejects `published: no` because YAML 1.2 reads it as text', () => {
    expect(problemsOf(validWith('published: no'))).toEqual([`${FILE}:4: \`published\` must be true or false`]);
  });

  it('reports a file with no front matter at all', () => {
    expect(problemsOf('# Just a heading\n\nAnd some text.\n')).toEqual([
      `${FILE}:1: no front matter: start the file with \`---\`, a \`title:\` and a \`date:\`, then \`---\``,
    ]);
  });

  it('reports front matter that is a list rather than keys', () => {
    expect(problemsOf(postFile(['- title', '- date']))).toEqual([
      `${FILE}:2: front matter must be a set of \`key: value\` lines`,
    ]);
  });

  it('reports a file name that is not a kebab slug and suggests one', () => {
    const file = 'content/posts/KubeCon 2018_Notes.md';
    expect(problemsOf(validWith(), file)).toEqual([
      `${file}:1: file name "KubeCon 2018_Notes" is not a kebab-case slug: rename it to "kubecon-2018-notes.md"`,
    ]);
  });

  it('reports every problem in one file, not just the first', () => {
    const file = 'content/posts/Many Problems.md';
    const text = postFile(['title: ""', 'date: 2018-02-31', 'tags: [ok, Not Ok]', 'draft: "yes"', 'colour: blue']);
    expect(problemsOf(text, file)).toEqual([
      `${file}:1: file name "Many Problems" is not a kebab-case slug: rename it to "many-problems.md"`,
      `${file}:2: \`title\` must be non-empty text`,
      `${file}:3: \`date\` "2018-02-31" is not a valid date: write it as YYYY-MM-DD or 2018-05-03T22:23:23+01:00`,
      `${file}:4: tag "Not Ok" is not lowercase kebab-case: write "not-ok"`,
      `${file}:5: \`draft\` must be true or false`,
    ]);
  });

  it('still reports warnings when the post has errors', () => {
    const text = postFile(['title: ""', 'date: 2018-01-01', 'colour: blue']);
    expect(warningsOf(text)).toEqual([`${FILE}:4: unknown front matter key \`colour\` is ignored`]);
  });

  it('reports both a bad file name and malformed YAML', () => {
    const file = 'content/posts/Bad_Name.md';
    expect(problemsOf(postFile(['title: "unclosed']), file).sort()).toEqual([
      `${file}:1: file name "Bad_Name" is not a kebab-case slug: rename it to "bad-name.md"`,
      `${file}:2: front matter is not valid YAML: Missing closing "quote`,
    ]);
  });
});

describe('parsePost: file encodings', () => {
  it('reads front matter with Windows line endings and keeps key lines right', () => {
    const text = '---\r\ntitle: A\r\ndate: 2018-01-01\r\ncolour: blue\r\n---\r\nBody\r\n';
    expect(warningsOf(text)).toEqual([`${FILE}:4: unknown front matter key \`colour\` is ignored`]);
    expect(parseValid(text).bodyLine).toBe(6);
  });

  it('ignores a UTF-8 byte order mark before the front matter', () => {
    expect(parseValid('\uFEFF---\ntitle: A\ndate: 2018-01-01\n---\nBody').title).toBe('A');
  });

  it('accepts `...` as the closing fence', () => {
    expect(parseValid('---\ntitle: A\ndate: 2018-01-01\n...\nBody').body).toBe('Body');
  });

  it('removes duplicate tags', () => {
    expect(parseValid(validWith('tags: [kubernetes, kubernetes, conference]')).tags).toEqual([
      'kubernetes',
      'conference',
    ]);
  });
});
