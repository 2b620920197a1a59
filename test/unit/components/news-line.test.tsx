// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newsLine } from '../../../src/app/components/ReadingFilters.tsx';

// Node reads TZ afresh whenever it is set, so the reader's time zone can be chosen per test.
beforeEach(() => {
  vi.stubEnv('TZ', 'America/Los_Angeles');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('newsLine', () => {
  it('says nothing when nothing is new', () => {
    expect(newsLine({ read: new Set(), news: new Map(), since: Date.UTC(2026, 10, 12) })).toBeUndefined();
  });

  it('counts new and updated posts since the last visit, on the reader’s own calendar day', () => {
    // 03:00 UTC on November 13 is the evening of November 12 in California, where the reader last looked.
    const since = Date.UTC(2026, 10, 13, 3, 0);
    const news = new Map([
      ['a', 'new'],
      ['b', 'new'],
      ['c', 'updated'],
    ] as const);
    expect(newsLine({ read: new Set(), news, since })).toBe('2 new posts and 1 updated since November 12, 2026');
    expect(newsLine({ read: new Set(), news: new Map([['a', 'new']]) })).toBe('1 new post');
  });
});
