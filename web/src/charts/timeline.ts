import type { SeriesPoint } from '../../../src/stores/store.js';
import { asButton, h, rovingFocus, s } from '../dom.js';

export type Measure = 'events' | 'share';

export interface TimelineOptions {
  a: string;
  b: string;
  interval: string;
  measure: Measure;
  /** Called with a period when its point is activated. */
  onPick: (p: SeriesPoint) => void;
}

const W = 1000;
const H = 240;
const M = { top: 16, right: 16, bottom: 36, left: 48 };

const coop = (p: SeriesPoint) => p.total.quadClass[0] + p.total.quadClass[1];
const conflict = (p: SeriesPoint) => p.total.quadClass[2] + p.total.quadClass[3];

/**
 * Cooperation and conflict between two actors per period, as two lines with a point per non-empty
 * period. `share` divides by the articles stored for the period (events per 1,000 articles), GDELT's
 * advice for comparing periods with different news volume.
 */
export function timeline(points: readonly SeriesPoint[], o: TimelineOptions): HTMLElement {
  const value = (p: SeriesPoint, f: (p: SeriesPoint) => number) => (o.measure === 'share' ? (p.volume ? (1000 * f(p)) / p.volume : 0) : f(p));
  const unit = o.measure === 'share' ? 'events per 1,000 articles' : 'events';
  const max = Math.max(1, ...points.flatMap((p) => [value(p, coop), value(p, conflict)]));
  const inset = 14; // keeps the first and last points off the axis and their labels inside the chart
  const x = (i: number) => M.left + inset + (points.length <= 1 ? (W - M.left - M.right) / 2 - inset : (i * (W - M.left - M.right - 2 * inset)) / (points.length - 1));
  const y = (v: number) => H - M.bottom - (v / max) * (H - M.top - M.bottom);
  const label = `${o.a} and ${o.b}: cooperation and conflict, ${unit} per ${o.interval}`;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'group', 'aria-label': label });

  for (const t of ticks(max, o.measure === 'events')) {
    svg.append(s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }), s('text', { x: M.left - 6, y: y(t) + 4, class: 'tick', 'text-anchor': 'end' }, fmt(t)));
  }
  const every = Math.max(1, Math.ceil(points.length / 8));
  const labelled = (i: number) => i === points.length - 1 || (i % every === 0 && points.length - 1 - i >= every / 2);
  points.forEach((p, i) => {
    const anchor = points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle';
    if (labelled(i)) svg.append(s('text', { x: x(i), y: H - M.bottom + 18, class: 'tick', 'text-anchor': anchor }, p.period));
  });
  const dots: { i: number; el: SVGCircleElement }[] = [];
  for (const [cls, f, name] of [['coop', coop, 'cooperation'], ['conflict', conflict, 'conflict']] as const) {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(value(p, f)).toFixed(1)}`).join('');
    if (points.length > 1) svg.append(s('path', { d, class: `line ${cls}`, 'aria-hidden': 'true' }));
    points.forEach((p, i) => {
      const n = f(p);
      if (!n) return;
      const text = `${o.interval} of ${p.period}: ${n} ${name} event${n === 1 ? '' : 's'} (${p.total.events} in all, mean Goldstein ${p.total.goldsteinMean}); show them`;
      const dot = s('circle', { cx: x(i), cy: y(value(p, f)), r: 5, class: `point ${cls}`, 'data-period': p.period }, s('title', {}, text));
      dots.push({ i, el: asButton(dot, text, () => o.onPick(p)) });
      svg.append(dot);
    });
  }
  // Arrow keys walk the periods in time order.
  rovingFocus(svg, dots.sort((x, y) => x.i - y.i).map((d) => d.el));
  return h(
    'figure',
    { class: 'timeline-figure' },
    svg,
    h('figcaption', {}, h('span', { class: 'key coop' }, 'cooperation'), ' ', h('span', { class: 'key conflict' }, 'conflict'), ` — ${unit}; select a point to list its events.`),
    dataTable(points),
  );
}

function dataTable(points: readonly SeriesPoint[]): HTMLElement {
  const rows = points.filter((p) => p.total.events > 0);
  return h(
    'details',
    {},
    h('summary', {}, `Data (${rows.length} periods with events)`),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...['Period', 'Cooperation', 'Conflict', 'A→B', 'B→A', 'Mean Goldstein', 'Articles', 'Volume'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...rows.map((p) =>
          h('tr', {}, h('th', { scope: 'row' }, p.period), ...[coop(p), conflict(p), p.aToB.events, p.bToA.events, p.total.goldsteinMean, p.total.articles, p.volume].map((v) => h('td', {}, String(v)))),
        ),
      ),
    ),
  );
}

function ticks(max: number, whole: boolean): number[] {
  const step = whole ? Math.max(1, niceStep(max / 4)) : niceStep(max / 4);
  const out: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) out.push(t);
  return out;
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
