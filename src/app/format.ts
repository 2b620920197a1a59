// Dates and counts without Intl, whose first formatter loads locale data in a long task on a first visit (see
// bench/README.md, "Speed tricks re-justified"). format.test.ts checks the output matches Intl's 'en'.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The calendar date of an ISO timestamp, in UTC (the day the post's author wrote down). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** The reader's own calendar date of a moment, in their time zone (the day they remember, not the UTC one). */
export function formatLocalDate(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

/** A whole count with its thousands grouped by commas: 10000 is "10,000". */
export function formatCount(count: number): string {
  const sign = count < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(count)));
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
