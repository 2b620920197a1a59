import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../../scripts/corpus/generate.ts';
import { buildPostBatch } from '../../../src/build/content/build-post.ts';
import { buildPosts } from '../../../src/build/content/build-posts.ts';
import { loadCodeLanguages } from '../../../src/build/content/highlight.ts';
import { parsePost, type ParsedPost } from '../../../src/build/content/parse-post.ts';
import { renderMarkdown } from '../../../src/build/content/render.ts';
import { htmlToText, sanitizedHtmlToText, sanitizePostHtml } from '../../../src/build/content/sanitize.ts';

function corpusPosts(posts: number): ParsedPost[] {
  return generateCorpus({ posts, seed: 3 })
    .filter((file) => file.path.startsWith('posts/'))
    .map((file) => {
      const result = parsePost(file.content, file.path);
      if (!result.ok) throw new Error(file.path);
      return result.post;
    });
}

describe('buildPosts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives, through worker threads, exactly what buildPostBatch gives on this thread, in order', async () => {
    // A worker that fails hands its posts back to this thread with a warning: there must be none.
    const warn = vi.spyOn(console, 'warn');
    const posts = corpusPosts(13);
    const options = { basePath: '/notes/' };
    const parallel = await buildPosts(posts, options, { threads: 2, minPosts: 0, chunk: 2 });
    expect(warn).not.toHaveBeenCalled();
    expect(parallel.map(({ post }) => post.slug)).toEqual(posts.map((post) => post.slug));
    expect(parallel).toEqual(await buildPostBatch(posts, options));
  });

  it('builds posts as they are read, in batches, its workers started on the count they will be', async () => {
    const warn = vi.spyOn(console, 'warn');
    const posts = corpusPosts(9);
    async function* slowly() {
      for (const batch of [posts.slice(0, 3), [], posts.slice(3, 8), posts.slice(8)]) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        yield batch;
      }
    }
    const parallel = await buildPosts(slowly(), {}, { threads: 3, minPosts: 5, chunk: 2, expected: 9 });
    expect(warn).not.toHaveBeenCalled();
    expect(parallel).toEqual(await buildPostBatch(posts));
  });

  it('fails as the reading does, and stops its workers', async () => {
    const posts = corpusPosts(4);
    async function* failing() {
      yield posts;
      throw new Error('cannot read posts/');
    }
    await expect(buildPosts(failing(), {}, { threads: 2, minPosts: 0, chunk: 1, expected: 10 })).rejects.toThrow(
      'cannot read posts/',
    );
  });

  it('builds a small site on this thread alone', async () => {
    const posts = corpusPosts(3);
    expect(await buildPosts(posts, {}, { threads: 4 })).toEqual(await buildPostBatch(posts));
  });
});

describe('sanitizedHtmlToText', () => {
  it('finds the same text as parsing the sanitized HTML again', async () => {
    const markdown = [
      '# Fish &amp; chips &copy; 2018 <b>bold</b>',
      '',
      'Text with <span title="a > b">a raw span</span>, an <script>alert(1)</script> and a <!-- comment -->.',
      '',
      '<textarea>never shown</textarea> 5 < 6 && 7 > 2, "quoted" and \'single\' &nbsp; &#x41;&#66;',
      '',
      '```html',
      '<p class="x">code & more</p>',
      '```',
      '',
      '- [a link](https://example.org/?a=1&b=2 "title > with <angle>")',
      '- ![alt <with> brackets](/images/x.png)',
      '',
      '| a | b |',
      '|---|---|',
      '| `x<y` | **z** |',
    ].join('\n');
    await loadCodeLanguages([markdown]);
    const html = renderMarkdown(markdown).html;
    expect(sanitizedHtmlToText(html)).toBe(htmlToText(html));
    const tight = sanitizePostHtml('<p>a<br>b</p><p>c &lt;d&gt; &amp;lt;</p>');
    expect(sanitizedHtmlToText(tight)).toBe('abc <d> &lt;');
    expect(htmlToText(tight)).toBe('abc <d> &lt;');
  });
});
