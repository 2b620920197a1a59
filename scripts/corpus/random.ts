/** A seeded source of random numbers in [0, 1): the same seed always gives the same sequence. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough to make synthetic content reproducible. */
export function mulberry32(seed: number): Random {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * A sampler of indexes 0..n-1 with Zipf weights 1 / (rank + 1)^exponent: index 0 is the most
 * common and the tail is long, like tags on a real blog.
 */
export function zipfSampler(n: number, exponent = 1): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < n; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  }
  return (random) => {
    const target = random() * total;
    // Binary search for the first cumulative weight above the target.
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
