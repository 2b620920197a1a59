// The shape of a bench:scale run, its targets from issue 8, and the printed table.
import type { HugoBuild } from './hugo.ts';
import type { OurBuild } from './ours.ts';
import type { VisitFigures } from './visit.ts';

/** Everything measured for one corpus size. */
export interface SizeResult {
  posts: number;
  corpusBytes: number;
  ours: Omit<OurBuild, 'dist'>;
  hugo: HugoBuild | null;
  visit: VisitFigures | { error: string } | null;
}

/** One bench:scale run. */
export interface ScaleResults {
  date: string;
  seed: number;
  chromium: string;
  hugo: string | null;
  cores: number;
  sizes: SizeResult[];
}

/** A target from the issue, checked against a run. `pass` is null when the run could not tell. */
export interface TargetCheck {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | null;
}

/** The visit's figures, or undefined when the visit failed or was not made. */
export function visitOf(size: SizeResult | undefined): VisitFigures | undefined {
  return size?.visit && !('error' in size.visit) ? size.visit : undefined;
}

/** Checks issue 8's targets at the largest corpus measured (the issue states them at 10,000). */
export function checkTargets(results: ScaleResults): TargetCheck[] {
  const sizes = [...results.sizes].sort((a, b) => a.posts - b.posts);
  const largest = sizes.at(-1);
  const smallest = sizes[0];
  if (!largest || !smallest) return [];
  const at = ` (${count(largest.posts)} posts)`;
  const visit = visitOf(largest);
  const checks: TargetCheck[] = [];
  const ratio = largest.hugo?.ok && largest.ours.ok ? largest.ours.wallMs / largest.hugo.wallMs : null;
  checks.push({
    name: `build time${at}`,
    limit: '≤ 30 s',
    measured: largest.ours.ok
      ? `${seconds(largest.ours.wallMs)}${ratio === null ? '' : `, ${ratio.toFixed(1)}× Hugo's ${seconds(largest.hugo!.wallMs)}`}`
      : `build failed after ${seconds(largest.ours.wallMs)}`,
    pass: largest.ours.ok ? largest.ours.wallMs <= 30_000 : false,
  });
  const small = visitOf(smallest);
  checks.push({
    name: `home first-load bytes, ${count(largest.posts)} vs ${count(smallest.posts)} posts`,
    limit: '≤ +10%',
    measured:
      visit && small && largest !== smallest
        ? `${kib(visit.firstLoadBytes)} vs ${kib(small.firstLoadBytes)} (${signedPercent(visit.firstLoadBytes / small.firstLoadBytes - 1)})`
        : 'not measured',
    pass:
      visit && small && largest !== smallest
        ? visit.firstLoadBytes <= small.firstLoadBytes * 1.1
        : visit
          ? null
          : false,
  });
  const latency = (name: string, figure: VisitFigures['tagFilter'] | undefined) =>
    checks.push({
      name: `${name} p95${at}`,
      limit: '≤ 16 ms',
      measured: figure ? `${ms(figure.p95)} (next frame ${ms(figure.frameP95)})` : 'not measured',
      pass: figure ? figure.p95 <= 16 : false,
    });
  latency('tag filter', visit?.tagFilter ?? undefined);
  latency('bookmark toggle', visit?.bookmark ?? undefined);
  checks.push({
    name: `all posts saved offline${at}`,
    limit: '≤ 20 s',
    measured: !visit
      ? 'not measured'
      : visit.offlineMs === null
        ? `not within the timeout (${count(visit.storedPosts)} stored)`
        : seconds(visit.offlineMs),
    pass: visit?.offlineMs != null ? visit.offlineMs <= 20_000 : false,
  });
  return checks;
}

/** The results as rows (metric, then one column per corpus size). */
export function resultRows(results: ScaleResults): string[][] {
  const sizes = [...results.sizes].sort((a, b) => a.posts - b.posts);
  const row = (label: string, cell: (size: SizeResult) => string) => [label, ...sizes.map(cell)];
  const v = (cell: (visit: VisitFigures) => string) => (size: SizeResult) => {
    const visit = visitOf(size);
    return visit ? cell(visit) : size.visit && 'error' in size.visit ? 'failed' : '–';
  };
  const hugo = (cell: (h: HugoBuild) => string) => (size: SizeResult) =>
    !size.hugo ? '–' : size.hugo.ok ? cell(size.hugo) : 'failed';
  const latency = (figure: VisitFigures['tagFilter']) =>
    figure ? `${ms(figure.p50)} / ${ms(figure.p95)} (${ms(figure.frameP95)})` : '–';
  return [
    ['posts', ...sizes.map((size) => count(size.posts))],
    row('corpus markdown', (size) => mib(size.corpusBytes)),
    row('build wall time, ours', (size) =>
      size.ours.ok ? seconds(size.ours.wallMs) : `failed (${seconds(size.ours.wallMs)})`,
    ),
    row(
      'build wall time, Hugo',
      hugo((h) => seconds(h.wallMs)),
    ),
    row('ours ÷ Hugo', (size) =>
      size.ours.ok && size.hugo?.ok ? `${(size.ours.wallMs / size.hugo.wallMs).toFixed(1)}×` : '–',
    ),
    row('build peak memory, ours', (size) => mib(size.ours.peakRssBytes)),
    row(
      'build peak memory, Hugo',
      hugo((h) => mib(h.peakRssBytes)),
    ),
    row('dist, ours', (size) =>
      size.ours.ok ? `${mib(size.ours.distBytes)}, ${count(size.ours.distFiles)} files` : '–',
    ),
    row(
      'dist, Hugo',
      hugo((h) => `${mib(h.distBytes)}, ${count(h.distFiles)} files`),
    ),
    row(
      'home first-load bytes (requests)',
      v((x) => `${kib(x.firstLoadBytes)} (${x.firstLoadRequests})`),
    ),
    row(
      'home bytes when posts listed (approx.)',
      v((x) => kib(x.listedBytes)),
    ),
    row(
      'home LCP (unthrottled)',
      v((x) => (x.lcpMs === null ? '–' : ms(x.lcpMs))),
    ),
    row(
      'JS heap after load',
      v((x) => mib(x.heapAtLoadBytes)),
    ),
    row(
      'all posts offline after',
      v((x) => (x.offlineMs === null ? `timeout (${count(x.storedPosts)})` : seconds(x.offlineMs))),
    ),
    row(
      'IndexedDB / Cache Storage',
      v((x) => `${mib(x.indexedDbBytes)} / ${mib(x.cacheBytes)}`),
    ),
    row(
      'JS heap after sync',
      v((x) => mib(x.heapAfterSyncBytes)),
    ),
    row(
      'tag filter p50 / p95 (next frame p95)',
      v((x) => latency(x.tagFilter)),
    ),
    row(
      'bookmark p50 / p95 (next frame p95)',
      v((x) => latency(x.bookmark)),
    ),
  ];
}

/** One line per failed build or visit, saying why, for under the table. */
export function failureNotes(results: ScaleResults): string[] {
  const notes: string[] = [];
  for (const size of results.sizes) {
    const at = `${count(size.posts)} posts`;
    if (!size.ours.ok) notes.push(`${at}: our build failed: ${size.ours.tail}`);
    if (size.hugo && !size.hugo.ok) notes.push(`${at}: Hugo failed: ${size.hugo.tail}`);
    if (size.visit && 'error' in size.visit) notes.push(`${at}: the visit failed: ${size.visit.error}`);
    else if (size.visit) notes.push(...size.visit.notes.map((note) => `${at}: ${note}`));
  }
  return notes;
}

/** What a failed build said went wrong: its output ends in a stack trace, the reason comes before. */
export function reasonOf(tail: string): string {
  const lines = tail.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => /exceeding|error/i.test(line));
  const useful = lines
    .slice(Math.max(0, start))
    .filter((line) => line && !line.startsWith('at ') && !/^[{}]|^code:|^plugin:|^hook:|^Check https/.test(line));
  return useful.slice(0, 6).join(' ').slice(0, 400) || 'no output';
}

/** A plain-text (and Markdown) table. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The targets as a table with PASS, FAIL or ? (could not be measured in this run). */
export function formatTargets(checks: TargetCheck[]): string {
  return formatTable([
    ['target (issue 8)', 'limit', 'measured', ''],
    ...checks.map((c) => [c.name, c.limit, c.measured, c.pass === null ? '?' : c.pass ? 'PASS' : 'FAIL']),
  ]);
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}
export function seconds(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}
function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
function mib(bytes: number | null): string {
  return bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function signedPercent(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;
}
