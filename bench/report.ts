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
  const rows: string[][] = [
    ['metric (median of 3)', 'home', 'post', 'static reference (home)', 'home ÷ ref', 'post ÷ ref'],
  ];
  for (const key of METRICS) {
    const [ours, theirs, ref] = [home.median[key], post.median[key], reference.median[key]];
    rows.push([
      LABELS[key],
      format(key, ours),
      format(key, theirs),
      format(key, ref),
      ratio(ours, ref),
      ratio(theirs, ref),
    ]);
  }
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

/** How far the runs of each page moved, lowest to highest, for the figures that move most. */
export function formatSpread(results: BenchResults): string {
  const range = (values: number[], unit: (value: number) => string) =>
    `${unit(Math.min(...values))}–${unit(Math.max(...values))}`;
  const ms = (value: number) => String(Math.round(value));
  const pages = (['home', 'post', 'reference'] as const).map((name) => {
    const runs = results[name].runs;
    return `${name} TBT ${range(
      runs.map((run) => run.tbt),
      ms,
    )} ms, LCP ${range(
      runs.map((run) => run.lcp),
      ms,
    )} ms`;
  });
  const ready = range(
    results.offline.runs.map((run) => run.readyMs),
    ms,
  );
  return `Run-to-run spread (lowest–highest of ${results.home.runs.length}): ${pages.join('; ')}; ready offline ${ready} ms`;
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

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
