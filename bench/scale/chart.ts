// A hand-written SVG of cost against corpus size, ours beside Hugo: four small charts in a row.
import { visitOf, type ScaleResults, type SizeResult } from './results.ts';

interface Series {
  name: string;
  colour: string;
  value: (size: SizeResult) => number | null;
  /** True where this series has no point because its build failed: drawn as a cross. */
  failed?: (size: SizeResult) => boolean;
}

interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

const OURS = '#1f6f8b';
const HUGO = '#c05621';
const WIDTH = 260;
const HEIGHT = 190;
const PAD = { left: 44, right: 28, top: 34, bottom: 34 };

/** The chart for a run: build time, build memory, home first-load bytes and time to offline. */
export function scaleChart(results: ScaleResults): string {
  const divided = (n: number | null | undefined, by: number) => (n === null || n === undefined ? null : n / by);
  const panels: Panel[] = [
    {
      title: 'Build wall time',
      unit: 's',
      series: [
        {
          name: 'ours',
          colour: OURS,
          failed: (s) => !s.ours.ok,
          value: (s) => (s.ours.ok ? s.ours.wallMs / 1000 : null),
        },
        {
          name: 'Hugo',
          colour: HUGO,
          failed: (s) => s.hugo !== null && !s.hugo.ok,
          value: (s) => (s.hugo?.ok ? s.hugo.wallMs / 1000 : null),
        },
      ],
    },
    {
      title: 'Build peak memory',
      unit: 'MiB',
      series: [
        {
          name: 'ours',
          colour: OURS,
          failed: (s) => !s.ours.ok,
          value: (s) => (s.ours.ok && s.ours.peakRssBytes ? s.ours.peakRssBytes / 2 ** 20 : null),
        },
        {
          name: 'Hugo',
          colour: HUGO,
          failed: (s) => s.hugo !== null && !s.hugo.ok,
          value: (s) => (s.hugo?.ok && s.hugo.peakRssBytes ? s.hugo.peakRssBytes / 2 ** 20 : null),
        },
      ],
    },
    {
      title: 'Home first-load bytes',
      unit: 'KiB',
      series: [
        {
          name: 'ours',
          colour: OURS,
          failed: (s) => !s.ours.ok,
          value: (s) => divided(visitOf(s)?.firstLoadBytes, 1024),
        },
      ],
    },
    {
      title: 'All posts saved offline',
      unit: 's',
      series: [
        { name: 'ours', colour: OURS, failed: (s) => !s.ours.ok, value: (s) => divided(visitOf(s)?.offlineMs, 1000) },
      ],
    },
  ];
  const sizes = [...results.sizes].sort((a, b) => a.posts - b.posts);
  const total = { width: WIDTH * panels.length, height: HEIGHT + 28 };
  const body = panels.map((panel, i) => drawPanel(panel, sizes, i * WIDTH)).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total.width} ${total.height}" width="${total.width}" height="${total.height}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-labelledby="scale-title">
<title id="scale-title">Cost against corpus size (${sizes.map((s) => s.posts).join(', ')} posts): Field Notes and Hugo</title>
<rect width="100%" height="100%" fill="#fff"/>
${body}
<g transform="translate(${PAD.left},${HEIGHT + 14})">
<rect width="10" height="10" fill="${OURS}"/><text x="14" y="9">Field Notes (vite build)</text>
<rect x="170" width="10" height="10" fill="${HUGO}"/><text x="184" y="9">Hugo ${escapeXml(results.hugo?.split(' ')[1] ?? '')}</text>
<text x="${total.width - PAD.left - 10}" y="9" text-anchor="end" fill="#555">× build failed · x: posts (log scale) · ${results.cores} cores · ${results.date.slice(0, 10)}</text>
</g>
</svg>
`;
}

function drawPanel(panel: Panel, sizes: SizeResult[], x0: number): string {
  const values = panel.series.flatMap((series) => sizes.map(series.value)).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(1e-9, ...values));
  const logs = sizes.map((s) => Math.log10(s.posts));
  const [lo, hi] = [Math.min(...logs), Math.max(...logs)];
  const plot = { w: WIDTH - PAD.left - PAD.right, h: HEIGHT - PAD.top - PAD.bottom };
  const x = (posts: number) => PAD.left + (hi === lo ? plot.w / 2 : ((Math.log10(posts) - lo) / (hi - lo)) * plot.w);
  const y = (value: number) => PAD.top + plot.h - (value / max) * plot.h;
  const parts: string[] = [
    `<text x="${PAD.left}" y="16" font-weight="600" font-size="12">${escapeXml(panel.title)} (${panel.unit})</text>`,
  ];
  for (const tick of [0, 0.5, 1]) {
    const ty = y(max * tick);
    parts.push(
      `<line x1="${PAD.left}" x2="${PAD.left + plot.w}" y1="${ty}" y2="${ty}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 4}" y="${ty + 4}" text-anchor="end" fill="#555">${format(max * tick)}</text>`,
    );
  }
  for (const size of sizes)
    parts.push(
      `<text x="${x(size.posts)}" y="${PAD.top + plot.h + 16}" text-anchor="middle" fill="#555">${size.posts.toLocaleString('en-US')}</text>`,
    );
  for (const series of panel.series) {
    const points = sizes
      .map((size) => ({ posts: size.posts, value: series.value(size) }))
      .filter((p): p is { posts: number; value: number } => p.value !== null);
    if (points.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${series.colour}" stroke-width="2" points="${points.map((p) => `${x(p.posts).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"/>`,
      );
    for (const size of sizes.filter((size) => series.failed?.(size)))
      parts.push(
        `<text x="${x(size.posts).toFixed(1)}" y="${(PAD.top + plot.h - 4).toFixed(1)}" text-anchor="middle" font-size="14" font-weight="700" fill="${series.colour}"><title>${series.name}, ${size.posts} posts: build failed</title>×</text>`,
      );
    for (const p of points)
      parts.push(
        `<circle cx="${x(p.posts).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" fill="${series.colour}"><title>${series.name}, ${p.posts} posts: ${format(p.value)} ${panel.unit}</title></circle>`,
      );
  }
  return `<g transform="translate(${x0},0)">\n${parts.join('\n')}\n</g>`;
}

// 1, 2 or 5 times a power of ten, at or above the largest value.
function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= value) ?? 10 * power) * 1;
}

function format(value: number): string {
  return value >= 100
    ? Math.round(value).toString()
    : value >= 10
      ? value.toFixed(1).replace(/\.0$/, '')
      : value.toFixed(2).replace(/\.?0+$/, '');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
