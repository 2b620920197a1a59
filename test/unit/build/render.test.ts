import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/build/content/render.ts';
import { htmlFragment } from './dom.ts';

const html = (markdown: string) => renderMarkdown(markdown).html;

/** The rendered HTML as a DOM fragment, to query elements and attributes. */
function dom(markdown: string): DocumentFragment {
  return htmlFragment(html(markdown));
}

function attributesOf(element: Element | null): Record<string, string> {
  if (element === null) throw new Error('element not found');
  return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}

describe('renderMarkdown: headings', () => {
  const markdown = '# Hello World\n\nIntro.\n\n## Café & *Things*!\n\n### Hello World\n';

  it('gives headings ids made of their lowercased words', () => {
    expect([...dom(markdown).querySelectorAll('h1, h2, h3')].map((heading) => heading.id)).toEqual([
      'hello-world',
      'cafe-things',
      'hello-world-1',
    ]);
  });

  it('collects every heading with its id, plain text and depth', () => {
    expect(renderMarkdown(markdown).headings).toEqual([
      { id: 'hello-world', text: 'Hello World', depth: 1 },
      { id: 'cafe-things', text: 'Café & Things!', depth: 2 },
      { id: 'hello-world-1', text: 'Hello World', depth: 3 },
    ]);
  });

  it('gives the same ids when the same markdown is rendered again', () => {
    expect(renderMarkdown(markdown).headings).toEqual(renderMarkdown(markdown).headings);
  });

  it('numbers repeated headings -1, -2', () => {
    expect(renderMarkdown('## Notes\n\n## Notes\n\n## Notes\n').headings.map((heading) => heading.id)).toEqual([
      'notes',
      'notes-1',
      'notes-2',
    ]);
  });

  it('keeps ids unique when a heading text equals an earlier numbered id', () => {
    const ids = renderMarkdown('## Notes\n\n## Notes\n\n## Notes 1\n').headings.map((heading) => heading.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('falls back to "section" for a heading with no letters or digits', () => {
    expect(renderMarkdown('## 🤓\n').headings).toEqual([{ id: 'section', text: '🤓', depth: 2 }]);
  });

  it('renders a heading with an anchor link to itself', () => {
    expect(html('## Service Meshes\n')).toBe(
      '<h2 id="service-meshes">Service Meshes<a class="heading-anchor" href="#service-meshes" aria-label="Link to this section: Service Meshes">#</a></h2>\n',
    );
  });

  it('keeps inline markup inside the heading but not in its id or text', () => {
    const heading = dom('## Service Meshes are _also_ the future\n').querySelector('h2');
    expect(heading?.innerHTML).toBe(
      'Service Meshes are <em>also</em> the future<a class="heading-anchor" href="#service-meshes-are-also-the-future" aria-label="Link to this section: Service Meshes are also the future">#</a>',
    );
  });

  it('leaves the anchor "#" out of the plain text', () => {
    expect(renderMarkdown('## Wrap-up\n\nThe end.\n').text).toBe('Wrap-up The end.');
  });
});

describe('renderMarkdown: links and images', () => {
  it('gives external https links rel="noopener noreferrer"', () => {
    expect(attributesOf(dom('[CNCF](https://www.cncf.io/)').querySelector('a'))).toEqual({
      href: 'https://www.cncf.io/',
      rel: 'noopener noreferrer',
    });
  });

  it('gives external http links rel="noopener noreferrer"', () => {
    expect(attributesOf(dom('[OpenTracing](http://opentracing.io/)').querySelector('a'))).toEqual({
      href: 'http://opentracing.io/',
      rel: 'noopener noreferrer',
    });
  });

  it('leaves local links without rel', () => {
    expect(attributesOf(dom('[other post](/posts/kubecon-2017-thoughts)').querySelector('a'))).toEqual({
      href: '/posts/kubecon-2017-thoughts',
    });
  });

  it('turns a bare URL into an external link', () => {
    expect(html('Photos: <https://www.flickr.com/photos/pleia2/albums/72157690739135510>')).toBe(
      '<p>Photos: <a href="https://www.flickr.com/photos/pleia2/albums/72157690739135510" rel="noopener noreferrer">https://www.flickr.com/photos/pleia2/albums/72157690739135510</a></p>\n',
    );
  });

  it('gives images loading="lazy" and decoding="async", and one inside a sentence keeps its title', () => {
    expect(attributesOf(dom('The ![A mesh](/images/mesh.png "Mesh") mesh.').querySelector('img'))).toEqual({
      src: '/images/mesh.png',
      alt: 'A mesh',
      title: 'Mesh',
      loading: 'lazy',
      decoding: 'async',
    });
  });
});

describe('renderMarkdown: GitHub-flavoured markdown', () => {
  it('renders tables with alignment', () => {
    expect(html('| Talk | Room |\n|------|:----:|\n| Envoy | A |\n')).toBe(
      '<table>\n<thead>\n<tr>\n<th>Talk</th>\n<th align="center">Room</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>Envoy</td>\n<td align="center">A</td>\n</tr>\n</tbody></table>\n',
    );
  });

  it('renders ~~strikethrough~~ as <del>', () => {
    expect(html("It's ~~amazing~~ ridiculous")).toBe("<p>It's <del>amazing</del> ridiculous</p>\n");
  });

  it('renders task lists as disabled checkboxes', () => {
    expect(html('- [ ] todo\n- [x] done\n')).toBe(
      '<ul>\n<li><input disabled type="checkbox" /> todo</li>\n<li><input checked disabled type="checkbox" /> done</li>\n</ul>\n',
    );
  });

  it('renders blockquotes', () => {
    expect(html('> Use a service mesh!\n')).toBe('<blockquote>\n<p>Use a service mesh!</p>\n</blockquote>\n');
  });
});

describe('renderMarkdown: sanitization', () => {
  it('removes <script> and its content', () => {
    expect(html('Before\n\n<script>alert("x")</script>\n\nAfter\n')).toBe('<p>Before</p>\n<p>After</p>\n');
  });

  it('removes onerror= from an image', () => {
    expect(attributesOf(dom('<img src="/images/a.png" onerror="alert(1)">').querySelector('img'))).toEqual({
      src: '/images/a.png',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  it('removes onclick= and style= from other elements', () => {
    expect(html('<div onclick="steal()" style="color:red">hi</div>')).toBe('<div>hi</div>');
  });

  it('removes a javascript: link href', () => {
    expect(html('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>\n');
  });

  it('removes a javascript: href written in mixed case in raw HTML', () => {
    expect(html('<a href="JaVaScRiPt:alert(1)">click</a>')).toBe('<p><a>click</a></p>\n');
  });

  it('removes a data: image src', () => {
    expect(html('![pixel](data:image/png;base64,iVBORw0KGgo=)')).toBe(
      '<p><img alt="pixel" loading="lazy" decoding="async" /></p>\n',
    );
  });

  it('removes <style> and its content', () => {
    expect(html('<style>body { display: none }</style>\n\nText\n')).toBe('<p>Text</p>\n');
  });

  it('keeps an iframe from youtube-nocookie.com', () => {
    expect(html('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>')).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/x" loading="lazy"></iframe>',
    );
  });

  it('drops the src of an iframe from an unknown host', () => {
    expect(html('<iframe src="https://evil.example"></iframe>')).not.toContain('evil.example');
  });

  it('removes an iframe from an unknown host entirely', () => {
    const fragment = dom(
      '<iframe src="https://evil.example"></iframe>\n\n<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>',
    );
    expect([...fragment.querySelectorAll('iframe')].map((iframe) => iframe.getAttribute('src'))).toEqual([
      'https://www.youtube-nocookie.com/embed/x',
    ]);
  });

  it('removes <object>, <form> and text inputs', () => {
    const fragment = dom('<object data="x.swf"></object><form action="/steal"><input type="text"></form>');
    expect([...fragment.querySelectorAll('*')].map((element) => element.tagName)).toEqual(['P', 'P']);
  });
});

describe('renderMarkdown: references', () => {
  it('reports links and images with their 0-based line in the body', () => {
    const markdown = [
      'Intro with [a talk](https://example.com/talk).',
      '',
      '![A diagram](/images/diagram.png)',
      '',
      'See [the other post](/posts/other) and',
      '[the slides](/files/slides.pdf).',
    ].join('\n');
    expect(renderMarkdown(markdown).references).toEqual([
      { kind: 'link', href: 'https://example.com/talk', line: 0 },
      { kind: 'image', href: '/images/diagram.png', line: 2, alt: 'A diagram' },
      { kind: 'link', href: '/posts/other', line: 4 },
      { kind: 'link', href: '/files/slides.pdf', line: 5 },
    ]);
  });

  it('reports each of two identical links on its own line', () => {
    expect(renderMarkdown('[x](/posts/a)\n\ntext\n\n[x](/posts/a)\n').references).toEqual([
      { kind: 'link', href: '/posts/a', line: 0 },
      { kind: 'link', href: '/posts/a', line: 4 },
    ]);
  });

  it('reports a link inside a table cell at the row line', () => {
    expect(renderMarkdown('| Slides |\n|---|\n| [pdf](/files/a.pdf) |\n').references).toEqual([
      { kind: 'link', href: '/files/a.pdf', line: 2 },
    ]);
  });

  it('reports a link at its own line when an image with the same text and target came earlier', () => {
    expect(renderMarkdown('![map](/images/map.png)\n\n[map](/images/map.png)\n').references).toEqual([
      { kind: 'image', href: '/images/map.png', line: 0, alt: 'map' },
      { kind: 'link', href: '/images/map.png', line: 2 },
    ]);
  });

  it('reports a link at its own line when the same syntax appeared earlier in a code span', () => {
    expect(renderMarkdown('Write `[slides](/files/a.pdf)` to link.\n\n[slides](/files/a.pdf)\n').references).toEqual([
      { kind: 'link', href: '/files/a.pdf', line: 2 },
    ]);
  });

  it('reports the target of a reference-style link', () => {
    expect(renderMarkdown('See [the notes][notes].\n\n[notes]: /posts/notes\n').references).toEqual([
      { kind: 'link', href: '/posts/notes', line: 0 },
    ]);
  });
});

describe('renderMarkdown: text', () => {
  it('gives the plain text of the first paragraph', () => {
    expect(renderMarkdown('## Title\n\nFirst *para* &amp; more.\n\nSecond.\n').firstParagraph).toBe(
      'First para & more.',
    );
  });

  it('gives an empty first paragraph when there is none', () => {
    expect(renderMarkdown('## Only a heading\n').firstParagraph).toBe('');
  });
});
