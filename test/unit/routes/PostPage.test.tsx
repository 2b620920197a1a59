// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostPage } from '../../../src/app/routes/post/PostPage.tsx';
import type { Post } from '../../../src/shared/post.ts';
import { startAppData, stopAppData } from '../data/app-data.ts';
import { makePost } from '../data/fixtures.ts';

const sections = `<h2 id="one">One</h2><p>a</p><h3 id="one-a">One A</h3><p>b</p><h2 id="two">Two</h2><p>c</p>`;

const POSTS: Post[] = [
  makePost('oldest', { title: 'Oldest', date: '2016-03-17T00:00:00.000Z', tags: ['kubernetes', 'openstack'] }),
  makePost('middle', {
    title: 'The middle post',
    date: '2017-12-14T00:00:00.000Z',
    updated: '2018-01-05T00:00:00.000Z',
    readingMinutes: 6,
    tags: ['kubernetes', 'service-mesh'],
    html: sections,
    headings: [
      { id: 'one', text: 'One', depth: 2 },
      { id: 'one-a', text: 'One A', depth: 3 },
      { id: 'two', text: 'Two', depth: 2 },
    ],
  }),
  makePost('newest', { title: 'Newest', date: '2018-05-31T00:00:00.000Z', tags: ['service-mesh', 'kubernetes'] }),
  makePost('loner', { title: 'Loner', date: '2015-01-01T00:00:00.000Z', tags: ['cooking'] }),
];

// The real start-up path: open the database and sync posts from "the network" (a stubbed fetch).
beforeAll(() => startAppData([...POSTS].sort((a, b) => b.date.localeCompare(a.date))));

afterAll(stopAppData);

afterEach(cleanup);

function openPost(slug: string) {
  const history = createMemoryHistory();
  history.set({ value: `/posts/${slug}` });
  render(() => (
    <MemoryRouter history={history}>
      <Route path="/posts/:slug" component={PostPage} />
    </MemoryRouter>
  ));
}

async function heading(name: string) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
}

describe('PostPage', () => {
  it('shows the title as the focusable h1, the dates, reading time, tags, bookmark and share', async () => {
    openPost('middle');

    const h1 = await heading('The middle post');
    expect(h1.getAttribute('tabindex')).toBe('-1');
    const header = h1.closest('header') as HTMLElement;
    const times = Array.from(header.querySelectorAll('time')).map((time) => time.getAttribute('datetime'));
    expect(times).toEqual(['2017-12-14T00:00:00.000Z', '2018-01-05T00:00:00.000Z']);
    expect(header.textContent).toContain('December 14, 2017');
    expect(header.textContent).toContain('Updated January 5, 2018');
    expect(header.textContent).toContain('6 min read');
    const tags = within(within(header).getByRole('list', { name: 'Tags' })).getAllByRole('link');
    expect(tags.map((tag) => tag.getAttribute('href'))).toEqual(['/tags/kubernetes', '/tags/service-mesh']);
    // jsdom's name computation drops the space that starts the visually hidden title; browsers keep it.
    const bookmark = within(header).getByRole('button', { name: /^Bookmark ?The middle post$/ });
    expect(bookmark.getAttribute('aria-pressed')).toBe('false');
    expect(within(header).getByRole('button', { name: 'Share' })).toBeTruthy();
    expect(document.title).toContain('The middle post');
  });

  it('shows no "Updated" for a post never updated', async () => {
    openPost('oldest');

    const header = (await heading('Oldest')).closest('header') as HTMLElement;
    expect(header.querySelectorAll('time')).toHaveLength(1);
    expect(header.textContent).not.toContain('Updated');
  });

  it('renders the body and a nested table of contents for a post with three sections', async () => {
    openPost('middle');
    await heading('The middle post');

    // Two copies, in a <details> and beside the text; CSS shows one by width.
    const [nav] = screen.getAllByRole('navigation', { name: 'Contents' });
    const links = within(nav!).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['One', '#one'],
      ['One A', '#one-a'],
      ['Two', '#two'],
    ]);
    expect(links[1]?.closest('ol')?.parentElement?.closest('li')?.querySelector('a')?.textContent).toBe('One');
    expect(document.querySelector('.post-body #two')?.textContent).toBe('Two');
  });

  it('has no table of contents for a post with one section', async () => {
    openPost('oldest');
    await heading('Oldest');

    expect(screen.queryAllByRole('navigation', { name: 'Contents' })).toEqual([]);
  });

  it('links to the previous (older) and next (newer) posts by date', async () => {
    openPost('middle');
    await heading('The middle post');

    const nav = await screen.findByRole('navigation', { name: 'Previous and next posts' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Previous postOldest', '/posts/oldest'],
      ['Next postNewest', '/posts/newest'],
    ]);
  });

  it('links only to the next post from the first one', async () => {
    openPost('loner');
    await heading('Loner');

    const nav = await screen.findByRole('navigation', { name: 'Previous and next posts' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/posts/oldest']);
  });

  it('lists related posts, most shared tags first, then the newest', async () => {
    openPost('middle');
    await heading('The middle post');

    const related = await screen.findByRole('region', { name: 'Related posts' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Newest', 'Oldest']);
  });

  it('has no "Related posts" section when no post shares a tag', async () => {
    openPost('loner');
    await heading('Loner');
    // The neighbours come from the same stored posts: once they show, related posts have settled too.
    await screen.findByRole('navigation', { name: 'Previous and next posts' });

    expect(screen.queryByRole('heading', { name: 'Related posts' })).toBeNull();
  });
});
