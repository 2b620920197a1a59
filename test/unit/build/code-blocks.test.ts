import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCodeLanguages, TOKEN_CLASSES } from '../../../src/build/content/highlight.ts';
import { renderMarkdown } from '../../../src/build/content/render.ts';
import { htmlFragment } from './dom.ts';

const FIXTURE = readFileSync(new URL('../../fixtures/media/posts/pictures-and-code.md', import.meta.url), 'utf8');
const INSIDE_A_LIST = '- Install it:\n\n  ```toml\n  [tool]\n  name = "x"\n  ```\n';

/** Each code block of the rendered markdown: its label, its language class, its token spans. */
function blocks(markdown: string) {
  return [...htmlFragment(renderMarkdown(markdown).html).querySelectorAll('.code-block')].map((block) => {
    const code = block.querySelector('pre > code')!;
    return {
      label: block.querySelector('.code-bar')!.textContent,
      language: code.className,
      text: code.textContent,
      tokens: [...code.querySelectorAll('span')].map((span) => [span.className, span.textContent]),
      tabindex: block.querySelector('pre')!.getAttribute('tabindex'),
    };
  });
}

beforeAll(() => loadCodeLanguages([FIXTURE, INSIDE_A_LIST, '```ts\n```\n']));
afterEach(() => vi.restoreAllMocks());

describe('renderMarkdown: code blocks', () => {
  it('highlights YAML, Go and Bash with classed token spans and labels them', () => {
    const [yaml, go, bash, plain] = blocks(FIXTURE);
    expect([yaml, go, bash, plain].map((block) => block?.label)).toEqual(['YAML', 'Go', 'Bash', '']);
    expect(yaml!.tokens).toContainEqual(['tok-keyword', 'apiVersion:']);
    expect(yaml!.tokens).toContainEqual(['tok-constant', '3']);
    expect(go!.tokens).toContainEqual(['tok-keyword', 'func']);
    expect(go!.tokens).toContainEqual(['tok-function', 'processNextItem']);
    expect(bash!.tokens).toContainEqual(['tok-function', 'kubectl']);
    expect(bash!.language).toBe('language-bash');
  });

  it('keeps the code exactly, token spans and all', () => {
    const go = blocks(FIXTURE)[1]!;
    expect(go.text).toBe(
      'func (c *Controller) Run(stop <-chan struct{}) {\n\tfor c.processNextItem() {\n\t}\n\t<-stop\n}',
    );
  });

  it('leaves a block with no language plain, without a label, and makes every block a tab stop', () => {
    const plain = blocks(FIXTURE)[3]!;
    expect(plain).toEqual({ label: '', language: '', text: 'just some text', tokens: [], tabindex: '0' });
    expect(blocks(FIXTURE).map((block) => block.tabindex)).toEqual(['0', '0', '0', '0']);
  });

  it('shows a language Shiki does not know plain, and warns at its fence', () => {
    const markdown = 'Intro.\n\n```klingon\nQapla\n```\n';
    const rendered = renderMarkdown(markdown);
    expect(blocks(markdown)).toEqual([
      { label: '', language: 'language-klingon', text: 'Qapla', tokens: [], tabindex: '0' },
    ]);
    expect(rendered.warnings).toEqual([{ line: 2, message: expect.stringContaining('"klingon"') }]);
  });

  it('asks for no warning for a block marked as plain text', () => {
    expect(renderMarkdown('```text\nplain\n```\n').warnings).toEqual([]);
  });

  it('highlights a block inside a list, whose fence is indented', () => {
    const [toml] = blocks(INSIDE_A_LIST);
    expect(toml?.label).toBe('TOML');
    expect(toml?.tokens).toContainEqual(['tok-string-expression', '"x"']);
  });

  it('highlights every line whole however slowly the machine runs, so each build gives the same HTML', () => {
    const fast = blocks(FIXTURE)[2]!.tokens;
    // Each reading of the clock a second later: a tokenizer with a time limit gives up on the line.
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    expect(blocks(FIXTURE)[2]!.tokens).toEqual(fast);
  });

  it('fails loudly when the thread was not given the language first, rather than ship it plain', () => {
    expect(() => renderMarkdown('```cobol\nDISPLAY "HI".\n```\n')).toThrow(/loadCodeLanguages/);
  });

  it('leaves the labels out of the post’s text', () => {
    const { text } = renderMarkdown('Run it:\n\n```ts\nlet a = 1;\n```\n');
    expect(text).toBe('Run it: let a = 1;');
  });
});

describe('renderMarkdown: the sanitizer and code blocks', () => {
  it('lets through only the classes code blocks use, and nothing else an author writes', () => {
    const fragment = htmlFragment(
      renderMarkdown(
        '<div class="code-block evil" style="position:fixed" onclick="steal()">' +
          '<span class="tok-keyword x" style="color:red" onmouseover="steal()">a</span>' +
          '<pre class="shiki" tabindex="-1" style="color:red"><code class="language-go other">b</code></pre>' +
          '<script>alert(1)</script></div>',
      ).html,
    );
    const attributes = [...fragment.querySelectorAll('*')].map((element) => [
      element.tagName,
      Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
    ]);
    expect(attributes).toEqual([
      ['DIV', { class: 'code-block' }],
      ['SPAN', { class: 'tok-keyword' }],
      ['PRE', { tabindex: '0' }],
      ['CODE', { class: 'language-go' }],
    ]);
  });

  it('allows each token class on spans alone', () => {
    const spans = TOKEN_CLASSES.map((name) => `<span class="${name}">x</span>`).join('');
    const html = renderMarkdown(`<p>${spans}<em class="tok-keyword">y</em></p>`).html;
    expect([...htmlFragment(html).querySelectorAll('[class]')].map((element) => element.className)).toEqual(
      TOKEN_CLASSES,
    );
  });
});
