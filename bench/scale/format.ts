// Units and tables for the printed results.

/** A thousands-separated count. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
/** Seconds with one decimal. */
export function seconds(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}
/** Milliseconds with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
/** KiB with one decimal. */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
/** MiB with one decimal; – when unknown. */
export function mib(bytes: number | null): string {
  return bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** A change as +12.3% or -4.0%. */
export function signedPercent(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;
}

/** A plain-text (and Markdown) table. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
