import { ContentError } from '../errors.ts';
import { readSiteYaml } from '../site-config.ts';

/** The site.yaml key that sets how many bytes of post images are installed with the site. */
export const BUDGET_KEY = 'imagePrecacheBudget';

/** The budget in bytes when site.yaml sets none. */
export const DEFAULT_IMAGE_BUDGET = 2_000_000;

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

/** Reads site.yaml's image budget in bytes; throws a ContentError on a value parseByteSize cannot read. */
export async function readImageBudget(contentDir: string, displayDir: string): Promise<number> {
  const { file, data, line } = await readSiteYaml(contentDir, displayDir);
  const value = data[BUDGET_KEY];
  if (value === undefined || value === null) return DEFAULT_IMAGE_BUDGET;
  const bytes = parseByteSize(value);
  if (bytes === undefined)
    throw new ContentError([
      {
        file,
        line: line(BUDGET_KEY),
        message: `\`${BUDGET_KEY}\` ${JSON.stringify(value)} is not a size: write it as 2 MB, 500 kB or 0`,
      },
    ]);
  return bytes;
}

/** `2 MB` → 2,000,000 (decimal units, as browsers and hosts count); a plain number is bytes. */
export function parseByteSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b)?\s*$/i.exec(value);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]!);
}
