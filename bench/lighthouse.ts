// Lighthouse with its defaults (mobile form factor, simulated slow 4G and 4x CPU slowdown), in a
// fresh Chromium per run so no run inherits another's HTTP cache, service worker or IndexedDB.
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { BENCH_CHROMIUM_ARGS } from './chromium-args.ts';

/** The figures kept from one Lighthouse run; times in ms, sizes in bytes. */
export interface LighthouseFigures {
  /** Performance score, 0–100. */
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** Everything Lighthouse saw transferred during the load (`total-byte-weight`). */
  bytes: number;
  /**
   * What the first visit costs before the app and the service worker's precache start: the
   * page's own requests that finished by its load event (the app loads after it).
   */
  firstLoadBytes: number;
  /** Transferred bytes of scripts the page requested (not the service worker's precache copies). */
  jsBytes: number;
}

/** Metric names in the order reports show them. */
export const METRICS: readonly (keyof LighthouseFigures)[] = [
  'score',
  'lcp',
  'fcp',
  'tbt',
  'cls',
  'firstLoadBytes',
  'bytes',
  'jsBytes',
];

/** One Lighthouse run, performance category only, in a Chromium launched for it. */
export async function lighthouseOnce(url: string, chromePath: string): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath, chromeFlags: [...BENCH_CHROMIUM_ARGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return figuresOf(result.lhr);
  } finally {
    await chrome.kill();
  }
}

/** Picks the kept figures out of a Lighthouse result; throws when the run itself failed. */
export function figuresOf(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.message}`);
  const numeric = (id: string): number => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no value for ${id} on ${lhr.finalDisplayedUrl}`);
    return value;
  };
  const score = lhr.categories.performance?.score;
  if (score === null || score === undefined)
    throw new Error(`Lighthouse gave no performance score for ${lhr.finalDisplayedUrl}`);
  // Requests from the page's own session; the service worker's precache fetches run in a worker's.
  const details = lhr.audits['network-requests']?.details;
  const requests = (details?.type === 'table' ? details.items : []).filter((row) => row.sessionTargetType === 'page');
  const sum = (rows: typeof requests) => rows.reduce((total, row) => total + Number(row.transferSize ?? 0), 0);
  const metrics = lhr.audits.metrics?.details;
  const observedLoad = Number((metrics?.type === 'debugdata' ? metrics.items[0]?.observedLoad : undefined) ?? NaN);
  if (!Number.isFinite(observedLoad)) throw new Error(`Lighthouse gave no load time for ${lhr.finalDisplayedUrl}`);
  return {
    score: Math.round(score * 100),
    lcp: numeric('largest-contentful-paint'),
    fcp: numeric('first-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    bytes: numeric('total-byte-weight'),
    firstLoadBytes: sum(requests.filter((row) => Number(row.networkEndTime) <= observedLoad)),
    jsBytes: sum(requests.filter((row) => row.resourceType === 'Script')),
  };
}

/**
 * `rounds` Lighthouse runs of each page of `pages` (name → URL), interleaved round by round so a
 * burst of load on a shared machine hits every page alike; `log` hears of each run as it ends.
 */
export async function lighthouseRounds<Name extends string>(
  pages: Record<Name, string>,
  rounds: number,
  chromePath: string,
  log: (line: string) => void = console.log,
): Promise<Record<Name, LighthouseFigures[]>> {
  const names = Object.keys(pages) as Name[];
  const runs = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<Name, LighthouseFigures[]>;
  for (let round = 1; round <= rounds; round += 1) {
    for (const name of names) {
      const figures = await lighthouseOnce(pages[name], chromePath);
      runs[name].push(figures);
      log(`Lighthouse ${round}/${rounds} ${name}: score ${figures.score}, LCP ${Math.round(figures.lcp)} ms`);
    }
  }
  return runs;
}

/** Each metric's median over runs of one page. */
export function medianFigures(all: LighthouseFigures[]): LighthouseFigures {
  return Object.fromEntries(
    METRICS.map((key) => [key, medianOf(all.map((f) => f[key]))]),
  ) as unknown as LighthouseFigures;
}

/** The middle value (mean of the middle two for an even count). */
export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
