import type { Page } from 'playwright-core';

/** What watchLayoutShifts has seen: the shift (to three decimals) and a line for each thing that moved. */
export interface LayoutShifts {
  shift: number;
  moved: string[];
}

/**
 * From the next page load on, sums the layout shift that no input caused, counting only shifts
 * that move something inside `within` when it is given, and notes everything that moved.
 */
export async function watchLayoutShifts(page: Page, within?: string): Promise<void> {
  await page.addInitScript((selector: string | null) => {
    const record: LayoutShifts = { shift: 0, moved: [] };
    (window as unknown as { layoutShifts: LayoutShifts }).layoutShifts = record;
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const sources = entry.sources ?? [];
        if (!selector || sources.some(({ node }) => node?.parentElement?.closest(selector)))
          record.shift += entry.value;
        for (const { node, previousRect: a, currentRect: b } of sources) {
          const what = node instanceof Element ? `${node.localName}.${node.className}` : 'text';
          record.moved.push(
            `${location.pathname} at ${Math.round(entry.startTime)} ms: ${what} (${a.x},${a.y} ${a.width}x${a.height}) → (${b.x},${b.y} ${b.width}x${b.height})`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, within ?? null);
}

/** What watchLayoutShifts has recorded on the current page so far. */
export async function layoutShiftsOf(page: Page): Promise<LayoutShifts> {
  const { shift, moved } = await page.evaluate(
    () => (window as unknown as { layoutShifts: LayoutShifts }).layoutShifts,
  );
  return { shift: Math.round(shift * 1000) / 1000, moved };
}
