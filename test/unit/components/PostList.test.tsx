// @vitest-environment jsdom
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { PostList } from '../../../src/app/components/PostList.tsx';
import { toSummary, type PostSummary } from '../../../src/shared/post.ts';
import { makePost } from '../data/fixtures.ts';

afterEach(cleanup);

function summaries(count: number): PostSummary[] {
  return Array.from({ length: count }, (_, i) =>
    toSummary(makePost(`post-${i + 1}`, { title: `Post ${i + 1}`, tags: ['kubernetes', 'service-mesh'] })),
  );
}

/** Renders a PostList inside a router (its cards link with <A>); `total` and `onShowMore` page it from outside. */
function renderList(
  posts: () => PostSummary[],
  options: { bookmarked?: Set<string>; pageSize?: number; total?: number; onShowMore?: () => void } = {},
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
            label="Posts"
            empty={<p>Nothing here.</p>}
            pageSize={options.pageSize}
            total={options.total}
            onShowMore={options.onShowMore}
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

  it('when the caller loads a page at a time, shows what it loaded and asks it for the next page', () => {
    const all = summaries(45);
    const [loaded, setLoaded] = createSignal(all.slice(0, 20));
    let asked = 0;
    // renderList reads `posts` inside its JSX, so the list follows the signal.
    // eslint-disable-next-line solid/reactivity
    renderList(loaded, { total: all.length, onShowMore: () => (asked += 1) });
    expect(cards()).toHaveLength(20);

    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more of 25 posts' }));
    expect(asked).toBe(1);
    expect(cards()).toHaveLength(20);

    setLoaded(all.slice(0, 40));
    expect(cards()).toHaveLength(40);
    expect(screen.getByRole('button', { name: 'Show 5 more of 5 posts' })).toBeTruthy();
    setLoaded(all);
    expect(cards()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
