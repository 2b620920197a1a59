import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount, formatDate, formatLocalDate } from '../../src/app/format.ts';

// The formatters stand in for Intl's 'en' output (the browser's first Intl formatter costs tens of
// milliseconds of locale data): they must write exactly what it writes.
const intlDate = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const intlCount = new Intl.NumberFormat('en');

describe('formatDate', () => {
  it('writes every day of a leap year and both ends of the site’s range as Intl does', () => {
    const start = Date.UTC(2016, 0, 1);
    for (let day = 0; day < 366; day += 1) {
      const iso = new Date(start + day * 86_400_000).toISOString();
      expect(formatDate(iso)).toBe(intlDate.format(new Date(iso)));
    }
    for (const iso of ['2010-01-01', '2025-12-31T23:59:59Z', '1999-07-04']) {
      expect(formatDate(iso)).toBe(intlDate.format(new Date(iso)));
    }
  });

  it('takes the UTC calendar date of a timestamp with an offset, as the prerendered page does', () => {
    expect(formatDate('2018-05-03T22:23:23+01:00')).toBe('May 3, 2018');
    expect(formatDate('2018-05-03T23:30:00-02:00')).toBe('May 4, 2018');
  });

  it('refuses what is not a date, like Intl', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('formatCount', () => {
  it('groups thousands with commas as Intl does', () => {
    for (const count of [0, 1, 12, 999, 1000, 3200, 10_000, 99_999, 100_000, 1_234_567, -4500]) {
      expect(formatCount(count)).toBe(intlCount.format(count));
    }
  });
});

describe('formatLocalDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes the calendar day of the reader’s time zone as Intl does, on either side of UTC midnight', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
      vi.stubEnv('TZ', zone);
      const local = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric' });
      for (const time of [Date.UTC(2026, 10, 13, 3, 0), Date.UTC(2026, 10, 12, 20, 0), Date.UTC(2024, 1, 29, 12)]) {
        expect(formatLocalDate(time)).toBe(local.format(time));
      }
    }
  });
});
