import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../../src/shared/map-limited.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapLimited', () => {
  it('keeps the order of the items, whatever order the tasks end in, with at most `limit` running', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([30, 5, 20, 1, 10, 0], 3, async (ms, index) => {
      most = Math.max(most, ++running);
      await later(ms);
      running -= 1;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:0']);
    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const outcome = mapLimited([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      if (item === 2) throw new Error('two failed');
      if (item === 1) await first;
      return item;
    });
    await expect(outcome).rejects.toThrow('two failed');
    // The task still running ends; nothing new starts after the failure.
    release();
    await first;
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
  });

  it('resolves with nothing for no items', async () => {
    expect(await mapLimited([], 4, () => Promise.reject(new Error('never called')))).toEqual([]);
  });
});
