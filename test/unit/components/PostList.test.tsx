// @vitest-environment jsdom
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { PostList } from '../../../src/app/components/PostList.tsx';
import { toSummary, type PostSummary } from '../../../src/shared/post.ts';
import { makePost } from '../data/fixtures.ts';
import { NO_MARKS } from '../../../src/app/data/reader-marks.ts';

afterEach(cleanup);

function summaries(count: number): PostSummary[] {
  return Array.from({ length: count }, (_, i) =>
    toSummary(makePost(`post-${i + 1}`, { title: `Post ${i + 1}`, tags: ['kubernetes', 'service-mesh'] })),
  );
}

/** Renders a PostList inside a router (its cards link with <A>). */
function renderList(
  posts: () => PostSummary[],
  options: { bookmarked?: Set<string>; pageSize?: number; maxRendered?: number; total?: () => number } = {},
) {
  const history = createMemoryHistory();
  history.set({ value: '/' });
  render(() => (
    <MemoryRouter history={history}>
      <Route
        path="/"
        component={() => (
          <PostList
            posts={posts()}
            bookmarked={options.bookmarked ?? new Set()}
            marks={NO_MARKS}
            label="Posts"
            empty={<p>Nothing here.</p>}
            pageSize={options.pageSize}
            maxRendered={options.maxRendered}
            total={options.total?.()}
          />
        )}
      />
    </MemoryRouter>
  ));
}

const cards = () => within(screen.getByRole('list', { name: 'Posts' })).getAllByRole('article');

describe('PostList', () => {
  it('shows each post with its title link, date, reading time, summary, tag links and bookmark toggle', () => {
    const [post] = summaries(1) as [PostSummary];
    renderList(() => [post], { bookmarked: new Set([post.slug]) });

    const card = cards()[0] as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Post 1' }).getAttribute('href')).toBe('/posts/post-1');
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe(post.date);
    expect(card.textContent).toContain(`${post.readingMinutes} min read`);
    expect(card.textContent).toContain(post.summary);
    const tags = within(within(card).getByRole('list', { name: 'Tags' })).getAllByRole('link');
    expect(tags.map((tag) => tag.getAttribute('href'))).toEqual(['/tags/kubernetes', '/tags/service-mesh']);
    const toggle = within(card).getByRole('button', { name: /^Bookmark ?Post 1$/ });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('renders a page at a time and says how many are left', () => {
    renderList(() => summaries(45), { pageSize: 20 });
    expect(cards()).toHaveLength(20);

    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more of 25 posts' }));
    expect(cards()).toHaveLength(40);

    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of 5 posts' }));
    expect(cards()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('shows no "Show more" when exactly one page fits', () => {
    renderList(() => summaries(20), { pageSize: 20 });
    expect(cards()).toHaveLength(20);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('shows the empty message instead of an empty list', () => {
    renderList(() => []);
    expect(screen.getByText('Nothing here.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Posts' })).toBeNull();
  });

  it('shows 21 posts as a page and a button for the one left', () => {
    renderList(() => summaries(21));
    expect(cards()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more of 1 posts' }));
    expect(cards()).toHaveLength(21);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('never renders more than its window: pressing "Show more" drops the first pages, and they come back', () => {
    const all = summaries(1000);
    renderList(() => all, { pageSize: 20, maxRendered: 60 });
    // Plain selectors: role queries over hundreds of cards are slow in jsdom.
    const titles = () => [...document.querySelectorAll('.post-list article h2')].map((h) => h.textContent);
    for (let i = 0; i < 10; i += 1) fireEvent.click(screen.getByText(/^Show 20 more/, { selector: 'button' }));

    // 11 pages asked for, 3 rendered: posts 161 to 220.
    expect(titles()).toHaveLength(60);
    expect(titles()[0]).toBe('Post 161');
    expect(titles()[59]).toBe('Post 220');
    expect(screen.getByRole('list', { name: 'Posts' }).getAttribute('start')).toBe('161');
    expect(screen.getByText(/^Posts 161 to 220 of 1,000\./)).toBeTruthy();
    expect(screen.getByText('Show 20 more of 780 posts', { selector: 'button' })).toBeTruthy();

    fireEvent.click(screen.getByText('Show 20 earlier posts', { selector: 'button' }));
    expect(titles()).toHaveLength(60);
    expect(titles()[0]).toBe('Post 141');
    for (let i = 0; i < 7; i += 1) fireEvent.click(screen.getByText('Show 20 earlier posts', { selector: 'button' }));
    expect(titles()[0]).toBe('Post 1');
    expect(screen.queryByText(/earlier/, { selector: 'button' })).toBeNull();
  });

  it('keeps a press made while it holds only a prerendered first page, and shows that page once the posts are in', () => {
    const all = summaries(45);
    const [posts, setPosts] = createSignal(all.slice(0, 20));
    // eslint-disable-next-line solid/reactivity
    renderList(posts, { pageSize: 20, total: () => 45 });
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more of 25 posts' }));
    const waiting = screen.getByRole('button', { name: 'Loading more posts…' });
    expect(waiting.getAttribute('aria-disabled')).toBe('true');
    expect(cards()).toHaveLength(20);
    // Pressing again while waiting asks for nothing more.
    fireEvent.click(waiting);

    setPosts(all);
    expect(cards()).toHaveLength(40);
    expect(screen.getByRole('button', { name: 'Show 5 more of 5 posts' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('follows a list that changes under it: grows, shrinks below its window, empties', () => {
    const all = summaries(45);
    const [posts, setPosts] = createSignal(all.slice(0, 10));
    // renderList reads `posts` inside its JSX, so the list follows the signal.
    // eslint-disable-next-line solid/reactivity
    renderList(posts, { pageSize: 20 });
    expect(cards()).toHaveLength(10);

    setPosts(all);
    expect(cards()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more of 25 posts' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of 5 posts' }));
    expect(cards()).toHaveLength(45);

    setPosts(all.slice(0, 3));
    expect(cards()).toHaveLength(3);
    setPosts([]);
    expect(screen.getByText('Nothing here.')).toBeTruthy();
  });
});
