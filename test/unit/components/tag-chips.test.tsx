// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagChips } from '../../../src/app/components/TagChips.tsx';
import { parseTagParam, tagSearch } from '../../../src/app/tag-filter.ts';

afterEach(cleanup);

const FACETS = [
  { tag: 'kubernetes', total: 4, count: 2, selected: true },
  { tag: 'conference', total: 4, count: 1, selected: false },
  { tag: 'openstack', total: 1, count: 0, selected: false },
];

// jsdom drops the space that starts the hidden " posts"; Chromium keeps it (the browser specs check).
describe('TagChips', () => {
  it('is a labelled group of toggle buttons whose names carry their counts', () => {
    render(() => <TagChips tags={FACETS} onToggle={() => {}} onClear={() => {}} />);

    expect(screen.getByRole('group', { name: 'Filter by tag' })).toBeTruthy();
    const kubernetes = screen.getByRole('button', { name: /^kubernetes 2 ?posts$/ });
    expect(kubernetes.getAttribute('aria-pressed')).toBe('true');
    const conference = screen.getByRole('button', { name: /^conference 1 ?post$/ });
    expect(conference.getAttribute('aria-pressed')).toBe('false');
    expect((conference as HTMLButtonElement).disabled).toBe(false);
  });

  it('disables a chip that would leave no post, but never a selected one', () => {
    render(() => (
      <TagChips
        tags={[...FACETS, { tag: 'gone', total: 0, count: 0, selected: true }]}
        onToggle={() => {}}
        onClear={() => {}}
      />
    ));

    expect((screen.getByRole('button', { name: /^openstack 0 ?posts$/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /^gone 0 ?posts$/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('toggles a tag and clears the selection', () => {
    const onToggle = vi.fn();
    const onClear = vi.fn();
    render(() => <TagChips tags={FACETS} onToggle={onToggle} onClear={onClear} />);

    fireEvent.click(screen.getByRole('button', { name: /^conference 1 ?post$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear selected tags' }));

    expect(onToggle).toHaveBeenCalledWith('conference');
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('offers Clear only while something is selected', () => {
    render(() => (
      <TagChips tags={FACETS.map((f) => ({ ...f, selected: false }))} onToggle={() => {}} onClear={() => {}} />
    ));
    expect(screen.queryByRole('button', { name: /Clear/ })).toBeNull();
  });
});

describe('the tag filter in the URL', () => {
  it('writes ?tags=a,b with each name encoded and reads it back', () => {
    expect(tagSearch([])).toBe('');
    expect(tagSearch(['ci-cd', 'service-mesh'])).toBe('?tags=ci-cd,service-mesh');
    expect(tagSearch(['a b'])).toBe('?tags=a%20b');
    expect(parseTagParam('?tags=ci-cd,service-mesh')).toEqual(['ci-cd', 'service-mesh']);
    expect(parseTagParam('?tags=a%20b')).toEqual(['a b']);
  });

  it('ignores empty names and repeats, and a missing parameter', () => {
    expect(parseTagParam('?tags=a,,b,a,')).toEqual(['a', 'b']);
    expect(parseTagParam('?tags=')).toEqual([]);
    expect(parseTagParam('')).toEqual([]);
    expect(parseTagParam('?other=1')).toEqual([]);
  });
});
