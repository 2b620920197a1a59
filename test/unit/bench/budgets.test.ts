import { describe, expect, it } from 'vitest';
import { checkBudgets, checkPostBudgets } from '../../../bench/budgets.ts';
import { formatSpread } from '../../../bench/report.ts';
import type { LighthouseFigures } from '../../../bench/lighthouse.ts';
import type { BenchResults, PageResult } from '../../../bench/results.ts';
import type { OfflineReadyFigures } from '../../../bench/offline-ready.ts';

const FIGURES: LighthouseFigures = {
  score: 100,
  lcp: 800,
  fcp: 700,
  tbt: 0,
  cls: 0,
  firstLoadBytes: 9000,
  bytes: 20000,
  jsBytes: 0,
};

function page(tbts: number[]): PageResult {
  const runs = tbts.map((tbt) => ({ ...FIGURES, tbt }));
  return { path: '/', median: runs[1]!, runs };
}

function results(home: number[], post: number[], reference: number[]): BenchResults {
  const ready: OfflineReadyFigures = {
    readyMs: 600,
    readyAfterLoadMs: 400,
    savedPosts: 5,
    readableOffline: 5,
    steps: {},
  };
  return {
    date: '',
    chromium: '',
    lighthouse: '',
    postCount: 5,
    home: page(home),
    post: page(post),
    reference: page(reference),
    offline: { median: ready, runs: [ready, { ...ready, readyMs: 450 }, { ...ready, readyMs: 900 }] },
  };
}

const tbtBudget = (checks: ReturnType<typeof checkBudgets>) => checks.find((check) => check.name.startsWith('TBT'))!;

describe('the TBT budget', () => {
  it('counts only what is over the static reference measured in the same run', () => {
    const budget = tbtBudget(checkBudgets(results([100, 120, 300], [90, 110, 200], [60, 80, 95])));
    expect(budget.pass).toBe(true);
    expect(budget.actual).toBe('40 ms, 30 ms (reference 80 ms)');
  });

  it('fails when either page is more than 50 ms over the reference', () => {
    expect(tbtBudget(checkBudgets(results([100, 131, 300], [90, 110, 200], [60, 80, 95]))).pass).toBe(false);
  });
});

describe('the spread', () => {
  it('prints each page’s lowest and highest run, and ready offline’s', () => {
    expect(formatSpread(results([100, 120, 300], [90, 110, 200], [60, 80, 95]))).toBe(
      'Run-to-run spread (lowest–highest of 3): home TBT 100–300 ms, LCP 800–800 ms; post TBT 90–200 ms, LCP 800–800 ms; reference TBT 60–95 ms, LCP 800–800 ms; ready offline 450–900 ms',
    );
  });
});

describe('the budgets of a post with pictures', () => {
  it('compares its LCP and TBT with the static page made from it, and wants no layout shift', () => {
    const checks = checkPostBudgets({ ...FIGURES, lcp: 1000, tbt: 140, cls: 0 }, { ...FIGURES, lcp: 980, tbt: 100 });
    expect(checks.map(({ actual, pass }) => [actual, pass])).toEqual([
      ['1.02', true],
      ['0.000', true],
      ['40 ms (reference 100 ms)', true],
    ]);
  });

  it('fails on any layout shift', () => {
    expect(checkPostBudgets({ ...FIGURES, cls: 0.001 }, FIGURES)[1]!.pass).toBe(false);
  });
});
