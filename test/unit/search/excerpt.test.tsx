// @vitest-environment jsdom
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchResult } from '../../../src/app/components/SearchResult.tsx';
import { excerptParts } from '../../../src/app/search/excerpt.ts';

afterEach(cleanup);

describe('excerptParts', () => {
  it('reads only <mark> as markup, and the rest as the text it stands for', () => {
    expect(excerptParts('a &lt;b&gt; <mark>Kubernetes</mark> &amp; pods &quot;x&quot;')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'Kubernetes', marked: true },
      { text: ' & pods "x"', marked: false },
    ]);
  });

  it('renders markup in a post or a query as text, never as an element', () => {
    const excerpt = 'see &lt;img src=x onerror=alert(1)&gt; <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>';
    const { container } = render(() => (
      <SearchResult
        url="/posts/x"
        title={'<b>Bold</b> title'}
        tags={['a']}
        draft={false}
        excerpt={excerptParts(excerpt)}
      />
    ));
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<script>alert(1)</script>');
    expect(container.querySelector('.search-excerpt')?.textContent).toBe(
      'see <img src=x onerror=alert(1)> <script>alert(1)</script>',
    );
    expect(container.querySelector('h2')?.textContent).toBe('<b>Bold</b> title');
  });

  it('marks a draft, and only a draft', () => {
    const result = (draft: boolean) =>
      render(() => <SearchResult url="/posts/x" title="Title" tags={[]} draft={draft} excerpt={[]} />).container;
    expect(result(true).querySelector('h2 .draft-badge')?.textContent).toBe('Draft');
    expect(result(false).querySelector('.draft-badge')).toBeNull();
  });
});
