// Repeats a timed interaction and reduces it to percentiles.

/** p50 and p95 of a timed interaction, to the DOM update and to the next frame after it. */
export interface Latency {
  rounds: number;
  p50: number;
  p95: number;
  frameP50: number;
  frameP95: number;
}

/** Runs `once` `rounds` times; a failure ends the rounds, is noted, and keeps what was timed. */
export async function timeRounds(
  rounds: number,
  notes: string[],
  what: string,
  once: (round: number) => Promise<{ dom: number; frame: number }>,
): Promise<Latency | null> {
  const dom: number[] = [];
  const frame: number[] = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const timing = await withTimeout(once(round), 15_000, `${what} round ${round + 1} never updated the page`);
      dom.push(timing.dom);
      frame.push(timing.frame);
    }
  } catch (error) {
    notes.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    if (dom.length === 0) return null;
  }
  return {
    rounds: dom.length,
    p50: percentile(dom, 0.5),
    p95: percentile(dom, 0.95),
    frameP50: percentile(frame, 0.5),
    frameP95: percentile(frame, 0.95),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Nearest-rank percentile. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
