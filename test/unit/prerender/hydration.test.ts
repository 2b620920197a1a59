import { describe, expect, it } from 'vitest';
import { afterHydration, hydrationSettled, markHydrationSettled } from '../../../src/app/prerender/hydration.ts';

describe('afterHydration', () => {
  it('holds news until the page is live, then gives it in order, and gives later news at once', () => {
    const heard: string[] = [];
    afterHydration(() => heard.push('database open'));
    afterHydration(() => heard.push('syncing'));
    expect(hydrationSettled()).toBe(false);
    expect(heard).toEqual([]);

    markHydrationSettled();
    expect(heard).toEqual(['database open', 'syncing']);
    afterHydration(() => heard.push('done'));
    expect(heard).toEqual(['database open', 'syncing', 'done']);
  });
});
