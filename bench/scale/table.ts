// The results table: one row per metric, one column per corpus size.
import { count, kib, mib, ms, seconds } from './format.ts';
import type { HugoBuild } from './hugo.ts';
import { visitOf, type ScaleResults, type SizeResult } from './results.ts';
import type { VisitFigures } from './visit.ts';

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
    row('of which the search index', (size) =>
      size.ours.searchIndexMs === null ? '–' : seconds(size.ours.searchIndexMs),
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
      'home: first post listed after (approx.)',
      v((x) =>
        x.listedMs === null || x.listedBytes === null ? 'never' : `${seconds(x.listedMs)}, ${kib(x.listedBytes)}`,
      ),
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
