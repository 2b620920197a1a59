import { describe, expect, it } from 'vitest';
import { latestOnly, SUPERSEDED } from '../../../src/app/search/latest-only.ts';

/** A task whose calls finish only when the test says, recording what ran. */
function controlledTask() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const task = (query: string) =>
    new Promise<string>((resolve) => {
      started.push(query);
      finishers.push(() => resolve(`results for ${query}`));
    });
  return { task, started, finishOldest: () => finishers.shift()?.() };
}

describe('latestOnly', () => {
  it('runs a call at once when nothing is running', async () => {
    const { task, started, finishOldest } = controlledTask();
    const search = latestOnly(task);
    const answer = search('k');
    await expect.poll(() => started).toEqual(['k']);
    finishOldest();
    await expect(answer).resolves.toBe('results for k');
  });

  it('of the calls made while one runs, runs only the last, after it', async () => {
    const { task, started, finishOldest } = controlledTask();
    const search = latestOnly(task);
    const first = search('k');
    const skipped = [search('ku'), search('kub')];
    const last = search('kube');
    await expect.poll(() => started).toEqual(['k']);
    finishOldest();
    await expect(first).resolves.toBe('results for k');
    await expect(Promise.all(skipped)).resolves.toEqual([SUPERSEDED, SUPERSEDED]);
    await expect.poll(() => started).toEqual(['k', 'kube']);
    finishOldest();
    await expect(last).resolves.toBe('results for kube');
  });

  it('goes on after a call that failed', async () => {
    let calls = 0;
    const search = latestOnly(async (query: string) => {
      calls += 1;
      if (query === 'bad') throw new Error('index missing');
      return query;
    });
    await expect(search('bad')).rejects.toThrow('index missing');
    await expect(search('good')).resolves.toBe('good');
    expect(calls).toBe(2);
  });
});
