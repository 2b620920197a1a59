// What one `npm run bench` measured and how it was judged: the one source of these types, which
// run.ts fills, budgets.ts checks and report.ts prints.
import type { LighthouseFigures } from './lighthouse.ts';
import type { OfflineReadyFigures } from './offline-ready.ts';

/** Lighthouse figures for one page: each metric's median and every run. */
export interface PageResult {
  path: string;
  median: LighthouseFigures;
  runs: LighthouseFigures[];
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  chromium: string;
  lighthouse: string;
  postCount: number;
  home: PageResult;
  post: PageResult;
  reference: PageResult;
  offline: { median: OfflineReadyFigures; runs: OfflineReadyFigures[] };
}

/** One budget's verdict. */
export interface BudgetCheck {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}
