// Turns one bench run into the printed table and bench/results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { METRICS, type LighthouseFigures } from './lighthouse.ts';
import type { OfflineReadyFigures } from './offline-ready.ts';
import type { BenchResults, BudgetCheck } from './results.ts';

const LABELS: Record<keyof LighthouseFigures, string> = {
  score: 'performance score',
  lcp: 'LCP',
  fcp: 'FCP',
  tbt: 'TBT',
  cls: 'CLS',
  firstLoadBytes: 'transferred by load',
  bytes: 'transferred in all',
  jsBytes: 'JS transferred',
};

/** What "ready offline" waited for: each step's median time from navigation, in the order they came. */
export function formatReadySteps(ready: OfflineReadyFigures): string {
  const steps = Object.entries(ready.steps).sort(([, a], [, b]) => a - b);
  return `Ready offline, step by step (median ms from navigation): ${steps.map(([step, at]) => `${step} ${Math.round(at)}`).join(' · ')}`;
}

/** The table printed at the end of a run: ours, the reference's, and ours ÷ reference. */
export function formatTable(results: BenchResults): string {
  const { home, post, reference, offline } = results;
  const rows = comparisonRows(
    [
      ['home', home.median],
      ['post', post.median],
    ],
    ['static reference (home)', reference.median],
    home.runs.length,
  );
  const ready = offline.median;
  rows.push([
    'ready offline (unthrottled)',
    `${seconds(ready.readyMs)} (${ready.readableOffline} of ${results.postCount} posts)`,
    '',
    'never (no JS)',
    '',
    '',
  ]);
  return table(rows);
}

/** Medians of `pages` over `runs` runs beside the reference's, and each page ÷ the reference, one row per metric. */
export function formatComparison(
  pages: [name: string, median: LighthouseFigures][],
  reference: [name: string, median: LighthouseFigures],
  runs: number,
): string {
  return table(comparisonRows(pages, reference, runs));
}

function comparisonRows(
  pages: [name: string, median: LighthouseFigures][],
  [referenceName, reference]: [name: string, median: LighthouseFigures],
  runs: number,
): string[][] {
  const rows = [
    [
      `metric (median of ${runs})`,
      ...pages.map(([name]) => name),
      referenceName,
      ...pages.map(([name]) => `${name} ÷ ref`),
    ],
  ];
  for (const key of METRICS) {
    const values = pages.map(([, median]) => median[key]);
    rows.push([
      LABELS[key],
      ...values.map((value) => format(key, value)),
      format(key, reference[key]),
      ...values.map((value) => ratio(value, reference[key])),
    ]);
  }
  return rows;
}

/** How far the runs of each page moved, lowest to highest, for the figures that move most. */
export function formatSpread(results: BenchResults): string {
  const pages = formatPageSpread(
    (['home', 'post', 'reference'] as const).map((name) => [name, results[name].runs] as [string, LighthouseFigures[]]),
  );
  const ready = range(results.offline.runs.map((run) => run.readyMs));
  return `Run-to-run spread (lowest–highest of ${results.home.runs.length}): ${pages}; ready offline ${ready} ms`;
}

/** Each page's lowest and highest TBT and LCP over its runs: `post TBT 90–200 ms, LCP 800–900 ms; …`. */
export function formatPageSpread(pages: [name: string, runs: LighthouseFigures[]][]): string {
  return pages
    .map(
      ([name, runs]) =>
        `${name} TBT ${range(runs.map((run) => run.tbt))} ms, LCP ${range(runs.map((run) => run.lcp))} ms`,
    )
    .join('; ');
}

function range(values: number[]): string {
  return `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
}

/** The budgets as a PASS/FAIL table. */
export function formatBudgets(checks: BudgetCheck[]): string {
  return table([
    ['budget', 'limit', 'measured', ''],
    ...checks.map((c) => [c.name, c.limit, c.actual, c.pass ? 'PASS' : 'FAIL']),
  ]);
}

/** Writes the run as JSON (rounded a little, so diffs between runs stay readable). */
export async function writeResults(file: string, results: BenchResults, budgets: BudgetCheck[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const rounded = JSON.parse(JSON.stringify({ ...results, budgets }), (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value,
  ) as unknown;
  await writeFile(file, `${JSON.stringify(rounded, null, 2)}\n`);
}

function format(key: keyof LighthouseFigures, value: number): string {
  switch (key) {
    case 'score':
      return String(Math.round(value));
    case 'lcp':
    case 'fcp':
      return seconds(value);
    case 'tbt':
      return `${Math.round(value)} ms`;
    case 'cls':
      return value.toFixed(3);
    case 'bytes':
    case 'firstLoadBytes':
    case 'jsBytes':
      return `${(value / 1024).toFixed(1)} KiB`;
  }
}

function ratio(ours: number, reference: number): string {
  if (reference === 0) return ours === 0 ? '=' : '– (ref 0)';
  return `${(ours / reference).toFixed(2)}×`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Rows as a Markdown table, the first row its header, columns padded to line up. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
