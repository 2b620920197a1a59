import { siteUrl } from '../site-url.ts';

/** The header's search field: a plain form to the search page without JavaScript, live results with it. */
export function SearchBox(props: {
  value: string;
  onInput: (query: string) => void;
  onFocus: () => void;
  onArrowDown: () => void;
}) {
  return (
    <form
      role="search"
      class="search-box"
      action={siteUrl('search')}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        props.onInput(event.currentTarget.q.value);
      }}
    >
      <label class="visually-hidden" for="site-search">
        Search posts
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search"
        autocomplete="off"
        enterkeyhint="search"
        aria-keyshortcuts="/"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onFocus={() => props.onFocus()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            props.onArrowDown();
          }
        }}
      />
    </form>
  );
}
