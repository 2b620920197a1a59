import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Match, on, createEffect, Show, Switch } from 'solid-js';
import { tagRoute } from '../../../shared/data-urls.ts';
import { SearchResult } from '../../components/SearchResult.tsx';
import { TagChips } from '../../components/TagChips.tsx';
import { createCatalog } from '../../data/catalog.ts';
import { byCodeUnits } from '../../data/code-unit-order.ts';
import { listTags, type TagFacet } from '../../data/tags.ts';
import { usePageMeta } from '../../page-meta.ts';
import { hydrationSettled } from '../../prerender/hydration.ts';
import { excerptParts } from '../../search/excerpt.ts';
import { searchCoverage } from '../../search/offline-index.ts';
import { useSearchAddress } from '../../search/search-address.ts';
import { searchableQuery } from '../../../shared/searchable-query.ts';
import { createSearch, RESULTS_PER_PAGE } from './search.data.ts';
import '../../styles/search.css';

/** Results for the header's search field, kept in the address: `/search?q=…&tags=…`. */
export function SearchPage() {
  const address = useSearchAddress();
  const searched = createMemo(() => searchableQuery(address.query()));
  const [shown, setShown] = createSignal(RESULTS_PER_PAGE);
  createEffect(on([searched, address.tags], () => setShown(RESULTS_PER_PAGE), { defer: true }));
  const outcome = createSearch(searched, address.tags, shown);
  usePageMeta(() => ({
    title: address.query() ? `Search: ${address.query()}` : 'Search',
    description: 'Search every post, online or offline.',
    canonical: false,
  }));
  // The tags of the query's results, most common first; a selected tag stays even when it leaves none.
  const facets = createMemo((): TagFacet[] => {
    const { tagCounts = {}, tagTotals = {} } = outcome() ?? {};
    const selected = address.tags();
    const tags = [...new Set([...selected, ...Object.keys(tagTotals).filter((tag) => (tagTotals[tag] ?? 0) > 0)])];
    return tags
      .map((tag) => ({
        tag,
        total: tagTotals[tag] ?? 0,
        count: tagCounts[tag] ?? 0,
        selected: selected.includes(tag),
      }))
      .sort((a, b) => b.total - a.total || byCodeUnits(a.tag, b.tag));
  });
  return (
    <section class="search-page">
      <h1 tabindex="-1">Search</h1>
      <Show
        when={hydrationSettled()}
        fallback={
          <p class="lede">
            Search runs in your browser and needs JavaScript. Meanwhile, <A href="/tags">browse the posts by tag</A>.
          </p>
        }
      >
        <Switch>
          <Match when={!address.query().trim()}>
            <p class="lede">Type in the search box above to search every post, even offline.</p>
            <SuggestedTags />
          </Match>
          <Match when={!searched()}>
            <p class="search-count" role="status">
              Keep typing: a word is searched from its second letter.
            </p>
            <SuggestedTags />
          </Match>
          <Match when={outcome()?.failure}>
            {(failure) => (
              <p class="notice" role="alert">
                Search is not available right now: {failure()}. It works offline once this site has been opened with a
                connection.
              </p>
            )}
          </Match>
          <Match when={outcome()}>
            {(found) => (
              <>
                <p class="search-count" role="status">
                  {found().total === 0
                    ? noMatch(found().query, address.tags())
                    : `${found().total} ${found().total === 1 ? 'post' : 'posts'} for “${found().query}”`}
                  <Show when={searchCoverage()}>{(coverage) => <> (results from {coverage()})</>}</Show>
                </p>
                {/* The tag filter may be all that leaves nothing: one press searches every post instead. */}
                <Show when={found().total === 0 && address.tags().length > 0}>
                  <button type="button" class="search-clear-tags" onClick={() => address.clearTags()}>
                    Search every post for “{found().query}”
                  </button>
                </Show>
                <Show when={facets().length > 1 || address.tags().length > 0}>
                  <TagChips tags={facets()} onToggle={address.toggleTag} onClear={address.clearTags} />
                </Show>
                <Show when={found().total === 0}>
                  <SuggestedTags />
                </Show>
                <ol class="search-results" aria-label="Search results" onKeyDown={moveBetweenResults}>
                  <For each={found().hits}>
                    {(hit) => (
                      <li>
                        <SearchResult
                          url={hit.url}
                          title={hit.meta.title ?? hit.url}
                          date={hit.meta.date}
                          tags={hit.filters.tag ?? []}
                          draft={hit.meta.draft !== undefined}
                          excerpt={excerptParts(hit.excerpt)}
                        />
                      </li>
                    )}
                  </For>
                </ol>
                <Show when={found().missing > 0}>
                  <p class="notice">
                    {found().missing} more {found().missing === 1 ? 'result is' : 'results are'} not saved on this
                    device yet: connect to see {found().missing === 1 ? 'it' : 'them'}.
                  </p>
                </Show>
                <Show when={found().total > found().hits.length + found().missing}>
                  <button type="button" class="show-more" onClick={() => setShown((count) => count + RESULTS_PER_PAGE)}>
                    Show more results
                  </button>
                </Show>
              </>
            )}
          </Match>
          <Match when={true}>
            <p class="loading">Searching…</p>
          </Match>
        </Switch>
      </Show>
    </section>
  );
}

/** What found nothing: the query, and the tags it was narrowed to, if any, since those may be the cause. */
function noMatch(query: string, tags: readonly string[]): string {
  if (tags.length === 0) return `No post matches “${query}”.`;
  const named = tags.map((tag) => `“${tag}”`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `No post tagged ${list} matches “${query}”.`;
}

/** The most used tags, as a way in when a search finds nothing (or has not started). */
function SuggestedTags() {
  const catalog = createCatalog();
  const tags = () => listTags(catalog()?.totals ?? new Map()).slice(0, 8);
  return (
    <Show when={tags().length > 0}>
      <nav class="suggested-tags" aria-label="Popular tags">
        <p>Or browse a topic:</p>
        <ul class="tag-links">
          <For each={tags()}>
            {({ tag }) => (
              <li>
                <A href={tagRoute(tag)}>#{tag}</A>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </Show>
  );
}

/** ArrowDown and ArrowUp step through the results' title links; Tab works as everywhere. */
function moveBetweenResults(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLAnchorElement>('.search-result h2 a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? document.getElementById('site-search') : links[at - 1];
  next?.focus();
}
