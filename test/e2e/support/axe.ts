import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const AXE_CODE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A violation reduced to what a failing test should print. */
export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now (target size included) and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated rather than added as a <script>: every page's policy refuses inline scripts, and a test's own evaluation is not one.
  await page.evaluate(AXE_CODE);
  const results = await page.evaluate(async () => {
    type Axe = { run: (context: Document, options: object) => Promise<AxeResults> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // WCAG 2.2's target size (2.5.8), which axe leaves off unless asked and Lighthouse checks.
    return axe.run(document, { rules: { 'target-size': { enabled: true } } });
  });
  return results.violations.filter(isSerious).map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

function isSerious(violation: Result): boolean {
  return violation.impact === 'serious' || violation.impact === 'critical';
}
