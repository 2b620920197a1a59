import { describe, expect, it } from 'vitest';
import { firstWindow, fitWindow, showEarlier, showMore } from '../../src/app/list-window.ts';

describe('list windows', () => {
  it('fits the first page to short lists: 0, 20 and 21 posts', () => {
    expect(fitWindow(firstWindow(20), 0, 20)).toEqual({ start: 0, end: 0 });
    expect(fitWindow(firstWindow(20), 20, 20)).toEqual({ start: 0, end: 20 });
    expect(fitWindow(firstWindow(20), 21, 20)).toEqual({ start: 0, end: 20 });
  });

  it('adds a page, stopping at the end of the list', () => {
    expect(showMore({ start: 0, end: 20 }, 21, 20)).toEqual({ start: 0, end: 21 });
    expect(showMore({ start: 0, end: 20 }, 45, 20)).toEqual({ start: 0, end: 40 });
    expect(showMore({ start: 0, end: 20 }, 20, 20)).toEqual({ start: 0, end: 20 });
  });

  it('drops the first pages beyond the cap, and brings them back from the other side', () => {
    let window = firstWindow(20);
    for (let i = 0; i < 10; i += 1) window = showMore(window, 10_000, 20, 100);
    expect(window).toEqual({ start: 120, end: 220 });
    expect(showEarlier(window, 20, 100)).toEqual({ start: 100, end: 200 });
    expect(showEarlier({ start: 10, end: 110 }, 20, 100)).toEqual({ start: 0, end: 100 });
  });

  it('moves a window that the list shrank under back to the list’s last page', () => {
    expect(fitWindow({ start: 120, end: 220 }, 50, 20)).toEqual({ start: 30, end: 50 });
    expect(fitWindow({ start: 120, end: 220 }, 5, 20)).toEqual({ start: 0, end: 5 });
  });
});
