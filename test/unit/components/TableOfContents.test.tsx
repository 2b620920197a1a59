// @vitest-environment jsdom
import { MemoryRouter, Route } from '@solidjs/router';
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { TableOfContents } from '../../../src/app/components/TableOfContents.tsx';
import type { Heading } from '../../../src/shared/post.ts';

afterEach(cleanup);

function renderToc(headings: Heading[]) {
  return render(() => (
    <MemoryRouter>
      <Route path="*" component={() => <TableOfContents slug="post" headings={headings} />} />
    </MemoryRouter>
  ));
}

/** The contents in the closed <details>; the copy beside the text is the same list (CSS shows one). */
function contents(): HTMLElement {
  const [inDetails] = screen.getAllByRole('navigation', { name: 'Contents' });
  if (!inDetails) throw new Error('no contents');
  return inDetails;
}

const h = (depth: number, text: string): Heading => ({ id: text.toLowerCase().replace(/\W+/g, '-'), text, depth });

/** The visible outline: each top-level entry with the entries nested under it. */
function outline(nav: HTMLElement): [string, string[]][] {
  const top = nav.querySelector('ol');
  return Array.from(top?.children ?? []).map((item) => [
    item.querySelector(':scope > a')?.textContent ?? '',
    Array.from(item.querySelectorAll(':scope > ol > li > a')).map((link) => link.textContent ?? ''),
  ]);
}

describe('TableOfContents', () => {
  it('is not shown for a post with fewer than three sections', () => {
    renderToc([h(2, 'One'), h(3, 'Two'), h(4, 'Deep')]);

    expect(screen.queryAllByRole('navigation', { name: 'Contents' })).toEqual([]);
  });

  it('lists h2 sections with their h3 subsections nested, and leaves deeper headings out', () => {
    renderToc([h(2, 'First'), h(3, 'First a'), h(4, 'Too deep'), h(3, 'First b'), h(2, 'Second')]);

    expect(outline(contents())).toEqual([
      ['First', ['First a', 'First b']],
      ['Second', []],
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    renderToc([h(3, 'Background'), h(2, 'Themes'), h(3, 'Future')]);

    expect(outline(contents())).toEqual([
      ['Background', []],
      ['Themes', ['Future']],
    ]);
  });

  it('links each entry to its heading id', () => {
    renderToc([h(2, 'One'), h(2, 'Two'), h(2, 'Three')]);

    const links = within(contents()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#one', '#two', '#three']);
  });

  it('is both in a closed <details> (narrow screens) and beside the text (wide), with the same entries', () => {
    const { container } = renderToc([h(2, 'One'), h(2, 'Two'), h(2, 'Three')]);
    const details = container.querySelector('details.toc-details');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Contents');
    const aside = container.querySelector<HTMLElement>('.toc-aside nav');
    expect(aside && outline(aside)).toEqual(outline(contents()));
    expect(details?.contains(contents())).toBe(true);
  });
});
